/**
 * The sitemap (split into files of at most 40,000 addresses, under the
 * protocol's 50,000), robots.txt, and llms.txt: where a program that reads
 * the site for someone finds its open data, API, feeds and pages.
 */
const perFile = 40_000;

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Sitemap files for the page paths (`/kk/issues/i-10-00001/`), with `sitemap.xml` as their index. */
export function sitemapFiles(paths: readonly string[], siteUrl: string, lastmod: string, demo = false): { name: string; text: string }[] {
  const sorted = [...paths].sort();
  const files: { name: string; text: string }[] = [];
  for (let i = 0; i * perFile < sorted.length || i === 0; i++) {
    const urls = sorted.slice(i * perFile, (i + 1) * perFile).map((p) => `<url><loc>${escapeXml(siteUrl + p)}</loc></url>`);
    files.push({ name: `sitemap-${i + 1}.xml`, text: `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n` });
  }
  const index = files.map((f) => `<sitemap><loc>${siteUrl}/${f.name}</loc><lastmod>${lastmod}</lastmod></sitemap>`);
  files.push({ name: 'sitemap.xml', text: `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${index.join('\n')}\n</sitemapindex>\n` });
  files.push({ name: 'robots.txt', text: `User-agent: *\nAllow: /\nSitemap: ${siteUrl}/sitemap.xml\n` });
  files.push({ name: 'llms.txt', text: llmsText(siteUrl, lastmod, demo) });
  return files;
}

/** llms.txt (llmstxt.org): what the site is and where its machine-readable parts are, in Markdown. */
function llmsText(siteUrl: string, asOf: string, demo: boolean): string {
  return [
    '# Kezdesu',
    '',
    "> Open record of akims' public meetings with residents in Kazakhstan and of what became of every issue raised there: meeting schedules and announcements, minutes, each issue's status history, responsible body, deadline and financing, and how akims and ministers keep the meeting calendars and rules they must follow. In Kazakh (kk, the default), Russian (ru) and English (en).",
    '',
    ...(demo ? ['This deployment shows demonstration data, generated for testing: none of its meetings, issues or people are real.', ''] : []),
    `Data as of ${asOf}. Published facts are never overwritten: every change is a dated entry with its reason, shown on the page and in the data.`,
    '',
    '## Data',
    '',
    `- [Open data](${siteUrl}/en/data/): every dataset as CSV and JSON with its schema and data dictionary, licence and checksums`,
    `- [API index](${siteUrl}/api/index.json): one JSON document per issue, meeting and region`,
    `- [Status changes feed](${siteUrl}/en/feeds/status.xml) and [announcements feed](${siteUrl}/en/feeds/announcements.xml) (Atom)`,
    `- [Sitemap](${siteUrl}/sitemap.xml)`,
    '',
    '## Pages',
    '',
    `- [Overview](${siteUrl}/en/): national figures`,
    `- [Regions](${siteUrl}/en/regions/): region and district pages, their meetings, issues and obligations`,
    `- [Search](${siteUrl}/en/search/)`,
    `- [About and methodology](${siteUrl}/en/about/): how each figure is counted`,
    '',
  ].join('\n');
}
