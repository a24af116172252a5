/** The QR code of every meeting's notice decodes to the address of its meeting page. */
import { readdirSync, readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { meetingUrl } from '../../src/lib/press/announcement.ts';
import { qrCode, type QrCode } from '../../src/lib/press/qr.ts';

/** The code drawn as a scanner would see it: black runs of the path on white, `scale` pixels a module. */
function pixels(code: QrCode, scale = 2): { data: Uint8ClampedArray; side: number } {
  const side = code.side * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  const runs = [...code.path.matchAll(/M(\d+) (\d+)h(\d+)v1H\d+z/g)];
  expect(runs.map((r) => r[0]).join('')).toBe(code.path);
  for (const [, x, y, width] of runs) {
    for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py++) {
      for (let px = Number(x) * scale; px < (Number(x) + Number(width)) * scale; px++) data.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3);
    }
  }
  return { data, side };
}

describe('QR code of the printed notice', () => {
  it('decodes to the Kazakh page of every meeting in the content', () => {
    // Ids from the file names, which validation holds to the ids: loading the whole tree would take seconds.
    const ids = (readdirSync('content/meetings', { recursive: true, encoding: 'utf8' }) as string[]).flatMap((f) => /(m-\d{2}-\d{4})\.json$/.exec(f)?.[1] ?? []);
    const { siteUrl } = JSON.parse(readFileSync('content/site.json', 'utf8')) as { siteUrl: string };
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const url = meetingUrl(siteUrl, 'kk', id);
      const { data, side } = pixels(qrCode(url));
      expect(jsQR(data, side, side)?.data, id).toBe(url);
    }
  });

  it('is one path, with the quiet zone left white', () => {
    const code = qrCode('https://kezdesu.kz/kk/meetings/m-10-0001/');
    const { data, side } = pixels(code);
    const dark = (x: number, y: number) => data[(y * side + x) * 4] === 0;
    for (let i = 0; i < side; i++) for (const edge of [0, 7, side - 8, side - 1]) expect(dark(edge, i) || dark(i, edge)).toBe(false);
    expect(dark(8, 8)).toBe(true); // corner of the top-left finder pattern
  });
});
