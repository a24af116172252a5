/**
 * One headless Chromium for the browser tests, found without downloading
 * anything: `CHROME_PATH` if set, else Debian's `/usr/bin/chromium`, else
 * the build that the `@sparticuz/chromium` npm package ships, which it
 * unpacks into the temporary directory (`/tmp/chromium`) on first use.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Browser } from 'playwright-core';

const systemChromium = '/usr/bin/chromium';
const systemArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface BrowserChoice {
  executablePath: string;
  args: string[];
  /** Where it came from, for messages. */
  source: 'CHROME_PATH' | 'system' | '@sparticuz/chromium';
}

/**
 * `@sparticuz/chromium` unpacks into fixed paths under the temporary
 * directory and takes an existing `/tmp/chromium` as done, so two test
 * files starting at once (vitest runs files in parallel) could hand one
 * of them a half-written binary. Unpack under a lock, and mark the unpacked
 * version, so a partial or outdated unpack is redone instead of trusted.
 */
async function sparticuzChromium(): Promise<BrowserChoice> {
  const { default: sparticuz } = await import('@sparticuz/chromium');
  // `exports` hides package.json: find it beside the entry point (build/index.js).
  const entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
  const version = (JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string }).version;
  const dir = tmpdir();
  const binary = join(dir, 'chromium');
  const marker = join(dir, 'kezdesu-chromium.unpacked');
  const lock = join(dir, 'kezdesu-chromium.lock');
  const ready = () => existsSync(binary) && existsSync(marker) && readFileSync(marker, 'utf8') === version;
  const deadline = Date.now() + 180_000;

  while (!ready()) {
    try {
      mkdirSync(lock);
    } catch {
      // Another process is unpacking; take over a lock left by one that died.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 120_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        // The lock went away meanwhile: try again.
      }
      if (Date.now() > deadline) throw new Error(`@sparticuz/chromium: still waiting for ${lock} after 180 s`);
      await sleep(250);
      continue;
    }
    try {
      if (!ready()) {
        // Whatever is there was not unpacked to the end by this version: start afresh.
        rmSync(binary, { force: true });
        rmSync(join(dir, 'fonts'), { recursive: true, force: true });
        rmSync(join(dir, 'libGLESv2.so'), { force: true });
        await sparticuz.executablePath();
        writeFileSync(marker, version);
      }
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  // Its flags are made for AWS Lambda, where Chromium must run as one process.
  // Here it need not, and in one process the whole browser dies as soon as a
  // test closes a browser context; so run it with every flag but that one.
  const args = sparticuz.args.filter((arg) => arg !== '--single-process');
  return { executablePath: binary, args, source: '@sparticuz/chromium' };
}

/** Which Chromium `launchBrowser` starts, and with which flags. */
export async function findChromium(): Promise<BrowserChoice> {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return { executablePath: fromEnv, args: systemArgs, source: 'CHROME_PATH' };
  if (existsSync(systemChromium)) return { executablePath: systemChromium, args: systemArgs, source: 'system' };
  return sparticuzChromium();
}

/** Starts a headless Chromium; close it with `browser.close()`. */
export async function launchBrowser(): Promise<Browser> {
  const { executablePath, args, source } = await findChromium();
  try {
    return await chromium.launch({ executablePath, args, headless: true, timeout: 60_000 });
  } catch (error) {
    throw new Error(`could not start Chromium from ${source} (${executablePath}): ${(error as Error).message}`, { cause: error });
  }
}
