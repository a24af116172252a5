/**
 * The printable notice of a meeting, as Chromium renders and prints it: its
 * QR code, read back from a screenshot, opens the meeting page, and the
 * notice prints on one A4 sheet. Checked on the longest notice of each
 * meeting status, the likeliest to overflow.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeetingRecord, type Meeting } from '../../src/schemas/meeting.ts';
import { meetingView } from '../../src/lib/meetings/log.ts';
import { meetingUrl } from '../../src/lib/press/announcement.ts';
import { t } from '../../src/lib/i18n/translations.ts';
import { testDist } from '../build/global-setup.ts';
import { launchBrowser } from '../support/browser.ts';
import { watch } from '../support/browsing.ts';
import { serveDir, type Served } from '../support/serve.ts';
import { meetingStatuses } from '../../src/vocabularies.ts';

const { siteUrl } = JSON.parse(readFileSync('content/site.json', 'utf8')) as { siteUrl: string };

/** For each meeting status, the meeting whose built notice is the largest. */
function longestNotices(): { id: string; status: Meeting['status'] }[] {
  const largest = new Map<Meeting['status'], { id: string; size: number }>();
  for (const region of readdirSync('content/meetings')) {
    for (const file of readdirSync(join('content/meetings', region)).filter((f) => f.endsWith('.json'))) {
      // The status is where the meeting's log leaves it, as the site derives it.
      const meeting = meetingView(MeetingRecord.parse(JSON.parse(readFileSync(join('content/meetings', region, file), 'utf8'))));
      const size = statSync(join(testDist, 'meetings', meeting.id, 'notice', 'index.html')).size;
      if (size > (largest.get(meeting.status)?.size ?? 0)) largest.set(meeting.status, { id: meeting.id, size });
    }
  }
  return meetingStatuses.flatMap((status) => (largest.has(status) ? [{ id: largest.get(status)!.id, status }] : []));
}

/** Pages in a PDF that Chromium printed: its page objects. */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

/**
 * The RGBA pixels of a PNG, decoded by the browser's own canvas on a blank
 * page of its own: the notice's Content Security Policy rightly refuses a
 * `data:` image.
 */
async function rgba(context: BrowserContext, png: Buffer): Promise<{ data: Uint8ClampedArray; width: number; height: number }> {
  const page = await context.newPage();
  const { data, width, height } = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    return { data: Array.from(context.getImageData(0, 0, canvas.width, canvas.height).data), width: canvas.width, height: canvas.height };
  }, png.toString('base64'));
  await page.close();
  return { data: Uint8ClampedArray.from(data), width, height };
}

let browser: Browser;
let server: Served;
let context: BrowserContext;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveDir(testDist)]);
  context = await browser.newContext({ deviceScaleFactor: 2 });
}, 180_000);
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('printable notice', () => {
  const notices = longestNotices();

  it('exists for meetings of every status in the content', () => {
    expect(notices.map((n) => n.status)).toEqual([...meetingStatuses]);
  });

  for (const { id, status } of notices) {
    it(`of ${status} meeting ${id}: the QR code opens the meeting page and it prints on one A4 sheet`, { timeout: 120_000 }, async () => {
      const page = await context.newPage();
      const watching = await watch(page);
      try {
        const response = await page.goto(`${server.url}/meetings/${id}/notice/`);
        expect(response?.status()).toBe(200);
        expect(await page.getAttribute('html', 'lang')).toBe('kk');
        expect(await page.locator('.announcement[lang="kk"]').count()).toBe(1);
        expect(await page.locator('.announcement[lang="ru"]').count()).toBe(1);

        const { data, width, height } = await rgba(context, await page.locator('.qr svg').screenshot());
        expect(jsQR(data, width, height)?.data).toBe(meetingUrl(siteUrl, 'kk', id));

        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('.tools').isVisible()).toBe(false);
        expect(await page.locator('.demo').textContent()).toContain(t('ru', 'demo.notice'));
        expect(pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBe(1);

        // The count is real: the same notice with its Russian text three more times no longer fits.
        await page.evaluate(() => {
          const ru = document.querySelector('.announcement[lang="ru"]')!;
          for (let i = 0; i < 3; i++) ru.after(ru.cloneNode(true));
        });
        expect(pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBeGreaterThan(1);
        expect(await watching.problems()).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
