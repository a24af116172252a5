/** The sitemap (split into files of at most 40,000 addresses, under the protocol's 50,000) and robots.txt. */
const perFile = 40_000;

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Sitemap files for the page paths (`/kk/issues/i-10-00001/`), with `sitemap.xml` as their index. */
export function sitemapFiles(paths: readonly string[], siteUrl: string, lastmod: string): { name: string; text: string }[] {
  const sorted = [...paths].sort();
  const files: { name: string; text: string }[] = [];
  for (let i = 0; i * perFile < sorted.length || i === 0; i++) {
    const urls = sorted.slice(i * perFile, (i + 1) * perFile).map((p) => `<url><loc>${escapeXml(siteUrl + p)}</loc></url>`);
    files.push({ name: `sitemap-${i + 1}.xml`, text: `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n` });
  }
  const index = files.map((f) => `<sitemap><loc>${siteUrl}/${f.name}</loc><lastmod>${lastmod}</lastmod></sitemap>`);
  files.push({ name: 'sitemap.xml', text: `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${index.join('\n')}\n</sitemapindex>\n` });
  files.push({ name: 'robots.txt', text: `User-agent: *\nAllow: /\nSitemap: ${siteUrl}/sitemap.xml\n` });
  return files;
}
