/**
 * Which web addresses may reach a published page. Content comes from many
 * editors, pasted from documents and messengers, so every address in it is
 * untrusted: one `javascript:` or `data:` link on a meeting page would run
 * script on the official record's domain with a reader's click.
 *
 * An address is allowed only as `https:` or `http:`, or as a path on the
 * site itself (`/kk/issues/i-10-00042/`, `../`, `#agenda`). Everything else
 * is refused, whatever its spelling, because browsers forgive a lot before
 * they read the scheme (WHATWG URL parsing; OWASP's XSS evasion classes):
 * upper case (`JaVaScRiPt:`), leading spaces and control characters, tabs
 * and line breaks inside the scheme (`java\tscript:`), character references
 * (`&#106;avascript:`, `javascript&colon;`), percent-encoding, and
 * backslashes or a leading `//`, which send the reader to another host
 * under this page's scheme. The validator, import and the renderer all ask
 * this one module, so what is refused is never published even when
 * validation is skipped.
 */

import { msg, say, type Message } from '../i18n/messages.ts';

/** Schemes a published link or image may have. */
export const allowedSchemes = ['https:', 'http:'] as const;

export type AddressVerdict =
  | { ok: true; kind: 'web' | 'site' }
  | {
      ok: false;
      /** What is wrong — how to fix it, in English, for messages that name the file and line. */
      message: string;
      /** The same as a message of the translation files, to tell it in the editor's language. */
      says: Message;
    };

/** A refusal: its message, and its English words. */
const refuse = (says: Message): AddressVerdict => ({ ok: false, message: say(says, 'en'), says });

/** Named character references that can spell a scheme or its separators. */
const named: Record<string, string> = {
  colon: ':', sol: '/', bsol: '\\', tab: '\t', newline: '\n', nbsp: '\u00a0', amp: '&', lpar: '(', rpar: ')', period: '.', excl: '!', quot: '"', apos: "'", lt: '<', gt: '>',
};

/** Decodes HTML character references, as a browser would when the address sits in an attribute. */
function decodeReferences(value: string): string {
  let previous: string;
  let current = value;
  // Twice decoded (`&amp;#106;`) is still a reference to someone who decodes twice: decode until nothing changes.
  do {
    previous = current;
    current = current.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, ref: string) => {
      if (ref[0] === '#') {
        const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
        return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return named[ref.toLowerCase()] ?? whole;
    });
  } while (current !== previous);
  return current;
}

/** Decodes percent-escapes where they are well formed; leaves the rest as it is. */
function decodePercent(value: string): string {
  return value.replace(/(%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/** What a browser reads before it looks for a scheme: no surrounding spaces or controls, no tabs or line breaks, `\` as `/`. */
function asBrowserReadsIt(value: string): string {
  return value
    .replace(/^[\u0000-\u0020\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+|[\u0000-\u0020\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+$/g, '')
    .replace(/[\t\n\r]/g, '')
    .replace(/\\/g, '/');
}

const schemePattern = /^([a-z][a-z0-9+.-]*):/i;
// Controls (C0, DEL, C1), invisible format characters and the replacement character (what is left of a NUL) have no place in an address someone typed.
const hidden = '\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\ufeff\\ufffd';
const hiddenCharacters = new RegExp(`[${hidden}]`);

/** An address as an editor can read it in a message: hidden characters spelled out (as \u200b), long ones cut. */
export function shownAddress(address: string): string {
  const visible = address.replace(new RegExp(`[${hidden}]`, 'g'), (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
  return visible.length > 80 ? `${visible.slice(0, 77)}...` : visible;
}

const fix = msg('address.fix');

/** Judges one address written in content (a URL field, or a link or image in minutes). */
export function checkAddress(address: string): AddressVerdict {
  if (hiddenCharacters.test(address.trim())) {
    return refuse(msg('address.hidden', { fix }));
  }
  // Every reading a browser, a feed reader or a spreadsheet might make of it must be safe.
  const readings = new Set([address, decodeReferences(address), decodePercent(address), decodePercent(decodeReferences(address))].map(asBrowserReadsIt));
  let kind: 'web' | 'site' = 'site';
  for (const reading of readings) {
    if (hiddenCharacters.test(reading)) return refuse(msg('address.hidden', { fix }));
    const scheme = schemePattern.exec(reading)?.[1]?.toLowerCase();
    if (scheme !== undefined) {
      if (!(allowedSchemes as readonly string[]).includes(`${scheme}:`)) {
        return refuse(msg('address.scheme', { scheme, fix }));
      }
      let url: URL;
      try {
        url = new URL(reading);
      } catch {
        return refuse(msg('address.unopenable', { fix }));
      }
      if (url.username !== '' || url.password !== '') {
        return refuse(msg('address.credentials'));
      }
      kind = 'web';
    } else if (reading.startsWith('//')) {
      return refuse(msg('address.protocolRelative', { fix }));
    }
  }
  return { ok: true, kind };
}

/** Whether an address may be published as a link or image. */
export function isSafeAddress(address: string): boolean {
  return checkAddress(address).ok;
}

/**
 * The address to put in an `href` or `src`, or undefined when it must not
 * be published: the renderer's own guard, for content that was never
 * validated.
 */
export function safeHref(address: string | undefined): string | undefined {
  return address !== undefined && isSafeAddress(address) ? address : undefined;
}

/** `rel` for a link: external web addresses open with no handle on our page and no referrer. */
export function relFor(address: string, siteUrl?: string): string | undefined {
  const verdict = checkAddress(address);
  if (!verdict.ok || verdict.kind === 'site') return undefined;
  if (siteUrl !== undefined && new URL(address).origin === new URL(siteUrl).origin) return undefined;
  return 'noopener noreferrer';
}
