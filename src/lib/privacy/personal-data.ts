/**
 * Detection and masking of residents' personal data (IIN, Kazakhstan phone
 * numbers, e-mail addresses) in free text, so that nothing personal is ever
 * published. Pure TypeScript with only erasable syntax: scripts import this
 * file directly with Node's native type stripping.
 *
 * Design notes
 * - Phones are found by splitting the text into "digit runs" (digit groups
 *   joined by spaces, dashes, dots or parentheses) and looking for a
 *   Kazakhstan number made of whole groups inside each run, so a date or a
 *   number written just before a phone does not hide it.
 * - Only Kazakhstan numbers count: 10 national digits starting with 70x, 71x,
 *   72x, 747, 75x, 76x or 77x. Toll-free 8 800, short hotlines and numbers of
 *   other countries (+7 9xx is Russia) are not reported.
 * - Amounts written with thousands groups ("7 250 000 000", "12 500 000
 *   тенге"), document numbers after "№", identifiers glued to ASCII letters
 *   ("i-10-00042"), and anything inside an http(s) URL are not reported.
 */
import { msg, say, type Message } from '../i18n/messages.ts';

export const personalDataKinds = ['iin', 'phone', 'email'] as const;
export type PersonalDataKind = (typeof personalDataKinds)[number];

/** A piece of personal data found in a text. */
export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** The text exactly as spelled in the source. */
  value: string;
  /** A masked form safe to print in reports and logs. */
  masked: string;
  /** UTF-16 offset of `value` in the searched text. */
  index: number;
}

/**
 * What an editor reads about a finding, as a message of the translation files:
 * the kind of data named in their language, the value masked.
 */
export function personalDataSays(finding: PersonalDataFinding): Message {
  return msg('privacy.found', { kind: msg(`privacy.kind.${finding.kind}`), masked: finding.masked });
}

/** The same in English: "contains a phone number (+7 701 *** ** 78) — remove residents' personal data; …". */
export function personalDataMessage(finding: PersonalDataFinding): string {
  return say(personalDataSays(finding), 'en');
}

/** Contacts that may be published (official hotlines, press-office addresses). */
export interface ContactAllowList {
  phones: readonly string[];
  emails: readonly string[];
}

// ---------------------------------------------------------------------------
// IIN
// ---------------------------------------------------------------------------

const IIN_WEIGHTS_1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const IIN_WEIGHTS_2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

function weightedMod11(digits: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits[i] ?? 0) * (weights[i] ?? 0);
  return sum % 11;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * True when s is 12 digits forming a valid Kazakhstan IIN (ИИН/ЖСН):
 * YYMMDD is a real date in the century given by the 7th digit, the 7th digit
 * is 1-6 (1/2: 1800s, 3/4: 1900s, 5/6: 2000s; odd male, even female — the
 * published rules define no other value, so 0 and 7-9 are rejected), and the
 * 12th digit is the check digit (weights 1..11 mod 11; if 10, weights
 * 3..11,1,2 mod 11; if 10 again the number is invalid).
 */
export function isValidIin(s: string): boolean {
  if (!/^\d{12}$/.test(s)) return false;
  const d = Array.from(s, (c) => c.charCodeAt(0) - 48);
  const centuryDigit = d[6] ?? 0;
  if (centuryDigit < 1 || centuryDigit > 6) return false;
  const year = 1800 + 100 * Math.floor((centuryDigit - 1) / 2) + Number(s.slice(0, 2));
  const month = Number(s.slice(2, 4));
  const day = Number(s.slice(4, 6));
  if (month < 1 || month > 12) return false;
  if (day < 1 || day > daysInMonth(year, month)) return false;
  let check = weightedMod11(d, IIN_WEIGHTS_1);
  if (check === 10) check = weightedMod11(d, IIN_WEIGHTS_2);
  // A second 10 never equals a digit, so such numbers are rejected here.
  return check === d[11];
}

// ---------------------------------------------------------------------------
// Phones
// ---------------------------------------------------------------------------

/** National (10-digit) Kazakhstan numbers: mobile 70x, 747, 75x, 76x, 77x; landline 71xx, 72xx. */
const KZ_NATIONAL = /^7(?:0\d|1\d|2\d|47|5\d|6\d|7\d)\d{7}$/;

/**
 * digits: the digits as written; plus: whether a "+" preceded them.
 * Returns the 11-digit form "7XXXXXXXXXX" or null.
 */
function normalizeDigits(digits: string, plus: boolean): string | null {
  let national: string;
  if (digits.length === 11) {
    const first = digits[0];
    if (first !== '7' && !(first === '8' && !plus)) return null;
    national = digits.slice(1);
  } else if (digits.length === 10 && !plus) {
    national = digits;
  } else {
    return null;
  }
  return KZ_NATIONAL.test(national) ? `7${national}` : null;
}

/**
 * Normalizes a phone spelling to its 11-digit form starting with 7
 * (e.g. "8 (701) 234-56-78" → "77012345678"), or null when it is not a
 * Kazakhstan number.
 */
export function normalizePhone(s: string): string | null {
  const t = s.trim();
  const m = /^(\+\s?)?([\d\s().\-\u2013\u2011]+)$/.exec(t);
  if (!m) return null;
  const body = m[2] ?? '';
  if (!/\d/.test(body)) return null;
  return normalizeDigits(body.replace(/\D/g, ''), m[1] !== undefined);
}

// ---------------------------------------------------------------------------
// Scanning
// ---------------------------------------------------------------------------

const EMAIL_RE =
  /[A-Za-z0-9_%+\-](?:[A-Za-z0-9._%+\-]*[A-Za-z0-9_%+\-])?@(?:[\p{L}\p{N}](?:[\p{L}\p{N}\-]*[\p{L}\p{N}])?\.)+\p{L}{2,}/gu;
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'«»]+/giu;
/** Digit groups joined by 1-3 separator characters (horizontal space, dash, dot, parentheses). */
const RUN_RE = /(?:\+[ \u00A0]?)?\(?\d+(?:[ \t\u00A0\u2009\u202F.\-\u2013\u2011()]{1,3}\d+)*/gu;
const GROUP_RE = /\d+/g;
const AMOUNT_SUFFIX_RE = /^\s*(?:[₸$€%]|(?:тг|тенге|теңге|kzt|usd|eur|евро)(?!\p{L})|(?:тыс|млн|млрд|руб|доллар))/iu;

interface Group {
  digits: string;
  start: number;
  end: number;
}

/** "1 250 000 000", "7.250.000": a first group of 1-3 digits, then groups of exactly 3 joined by one space or dot. */
function isThousandsGrouped(text: string, groups: readonly Group[]): boolean {
  if (groups.length < 3 || (groups[0]?.digits.length ?? 0) > 3) return false;
  for (let k = 1; k < groups.length; k++) {
    const g = groups[k];
    const prev = groups[k - 1];
    if (!g || !prev || g.digits.length !== 3) return false;
    if (!/^[ \u00A0\u2009\u202F.]$/.test(text.slice(prev.end, g.start))) return false;
  }
  return true;
}

function isAsciiWordChar(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9_]/.test(c);
}

/**
 * Every IIN, Kazakhstan mobile or landline number and e-mail address in
 * text that is not on the allow-list.
 */
export function findPersonalData(text: string, allow?: ContactAllowList): PersonalDataFinding[] {
  const allowedPhones = new Set<string>();
  for (const p of allow?.phones ?? []) {
    const n = normalizePhone(p);
    if (n) allowedPhones.add(n);
  }
  const allowedEmails = new Set((allow?.emails ?? []).map((e) => e.trim().toLowerCase()));

  const findings: PersonalDataFinding[] = [];
  const excluded: [number, number][] = [];

  for (const m of text.matchAll(EMAIL_RE)) {
    const start = m.index;
    excluded.push([start, start + m[0].length]);
    if (allowedEmails.has(m[0].toLowerCase())) continue;
    findings.push({ kind: 'email', value: m[0], masked: maskPersonalData('email', m[0]), index: start });
  }
  for (const m of text.matchAll(URL_RE)) excluded.push([m.index, m.index + m[0].length]);

  // Digits inside e-mail addresses and URLs are not scanned: blank those spans
  // out (same length, so offsets stay valid) with a character that is neither
  // a digit, a separator nor part of an identifier.
  let scan = text;
  for (const [a, b] of excluded) scan = scan.slice(0, a) + '\n'.repeat(b - a) + scan.slice(b);

  for (const run of scan.matchAll(RUN_RE)) {
    const runStart = run.index;
    const runText = run[0];
    const runEnd = runStart + runText.length;

    // Identifiers and document numbers: "i-10-00042", "abc/123", "№ 12/345", "№45-VII".
    const before = scan.slice(Math.max(0, runStart - 2), runStart);
    if (isAsciiWordChar(before.at(-1))) continue;
    if (/^[A-Za-z0-9_][-/]$/.test(before)) continue;
    if (/№\s*$/.test(scan.slice(Math.max(0, runStart - 4), runStart))) continue;
    const after = scan.slice(runEnd, runEnd + 2);
    if (isAsciiWordChar(after[0]) || /^[-/][A-Za-z0-9]/.test(after)) continue;

    const plus = runText.startsWith('+');
    const groups: Group[] = [];
    for (const g of runText.matchAll(GROUP_RE)) {
      groups.push({ digits: g[0], start: runStart + g.index, end: runStart + g.index + g[0].length });
    }
    const amountFollows = AMOUNT_SUFFIX_RE.test(scan.slice(runEnd, runEnd + 12));

    let i = 0;
    while (i < groups.length) {
      let digits = '';
      let iinEnd = -1;
      let phone11: [number, string] | null = null;
      let phone10: [number, string] | null = null;
      for (let j = i; j < groups.length && digits.length < 12; j++) {
        digits += groups[j]?.digits ?? '';
        if (digits.length === 12 && isValidIin(digits)) iinEnd = j;
        if (digits.length === 11) {
          const n = normalizeDigits(digits, plus && i === 0);
          if (n) phone11 = [j, n];
        }
        if (digits.length === 10) {
          const n = normalizeDigits(digits, plus && i === 0);
          if (n) phone10 = [j, n];
        }
      }
      const kind: PersonalDataKind | null = iinEnd >= 0 ? 'iin' : phone11 || phone10 ? 'phone' : null;
      const endGroup = iinEnd >= 0 ? iinEnd : (phone11 ?? phone10)?.[0] ?? -1;
      if (kind === null || endGroup < 0) {
        i++;
        continue;
      }
      const span = groups.slice(i, endGroup + 1);
      const first = span[0];
      const last = span[span.length - 1];
      const isAmount =
        isThousandsGrouped(text, span) || (endGroup === groups.length - 1 && amountFollows);
      if (first && last && !isAmount) {
        let start = first.start;
        if (kind === 'phone') {
          if (i === 0 && plus) start = runStart; // keep the "+" of "+7"
          // "(701) 234-56-78": keep the opening parenthesis when it is closed inside the number.
          if (scan[start - 1] === '(' && scan.slice(start, last.end).includes(')')) start--;
        }
        const value = text.slice(start, last.end);
        const normalized = kind === 'phone' ? (phone11 ?? phone10)?.[1] : undefined;
        if (!(normalized && allowedPhones.has(normalized))) {
          findings.push({ kind, value, masked: maskPersonalData(kind, value), index: start });
        }
        i = endGroup + 1;
      } else {
        i++;
      }
    }
  }

  return findings.sort((a, b) => a.index - b.index);
}

// ---------------------------------------------------------------------------
// Masking
// ---------------------------------------------------------------------------

/** Masks every digit except the last two. */
function maskDigitsKeepLast2(value: string): string {
  const total = value.replace(/\D/g, '').length;
  let seen = 0;
  return value.replace(/\d/g, (c) => (++seen > total - 2 ? c : '*'));
}

/**
 * The value with all but the last 2 characters of each digit run / the local
 * part masked, e.g. "+7 701 *** ** 78", "a***@mail.kz", "9001******34" — a
 * report must never print the value in full.
 * - phone: "+7 XXX *** ** YY" (operator/area code and last two digits kept);
 * - iin: birth year and month and the last two digits kept;
 * - email: first character of the local part (if it has 3 or more) and the domain kept.
 * Anything not in the expected shape falls back to masking all digits but the last two.
 */
export function maskPersonalData(kind: PersonalDataKind, value: string): string {
  if (kind === 'phone') {
    const n = normalizePhone(value);
    if (n) return `+7 ${n.slice(1, 4)} *** ** ${n.slice(9)}`;
    return maskDigitsKeepLast2(value);
  }
  if (kind === 'iin') {
    const v = value.replace(/\D/g, '');
    if (v.length === 12) return `${v.slice(0, 4)}******${v.slice(10)}`;
    return maskDigitsKeepLast2(value);
  }
  const at = value.lastIndexOf('@');
  if (at < 0) return '***';
  const local = value.slice(0, at);
  const head = local.length >= 3 ? local.slice(0, 1) : '';
  return `${head}***${value.slice(at)}`;
}
