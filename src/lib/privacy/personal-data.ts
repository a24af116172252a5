/**
 * Detection and masking of residents' personal data (IIN, Kazakhstan phone
 * numbers, e-mail addresses) in free text, so that nothing personal is ever
 * published. Pure TypeScript with only erasable syntax: scripts import this
 * file directly with Node's native type stripping.
 *
 * Design notes
 * - Text as people write it: emphasis marks (**, ~~, _) read as spaces;
 *   digit groups may be joined by spaces, line breaks, dots, dashes,
 *   slashes or brackets. Phones are found by splitting the text into such
 *   "digit runs" and looking for a number made of whole groups inside each
 *   run, so a date, an id or a decision number written just before a phone
 *   does not hide it (only the token glued to "№" or to letters is skipped).
 * - Only Kazakhstan numbers count: 10 national digits starting with 70x, 71x,
 *   72x, 747, 75x, 76x or 77x. Toll-free 8 800, short hotlines and numbers of
 *   other countries (+7 9xx is Russia) are not reported.
 * - Decided on the evidence, not the shape alone: 12 digits with a real date
 *   of birth and a matching check digit are an IIN whatever their grouping
 *   (only a round sum next to a currency is let through); with a wrong check
 *   digit they are reported as "looks like an IIN" when grouped as IINs are.
 *   Amounts (thousands groups, a currency next to them) are not phones unless
 *   "тел."/"номер"… precedes them or they can only be one (trunk prefix and a
 *   mobile code, not a round sum).
 * - Ordinary web addresses are skipped, but phone numbers in messenger links
 *   (wa.me, t.me/+7…, api.whatsapp.com/send?phone=…, viber://) and tel:
 *   links are caught. E-mail addresses are found with spaces around "@", and
 *   spelled out ("собака", "точка", "[at]", "(dot)"), Cyrillic or Latin.
 * - Only text with 10 digits or more, an "@" or a spelled-out one goes
 *   through the full check, which keeps loading 30,000 issues fast.
 */
import { msg, say, type Message } from '../i18n/messages.ts';
import type { PersonalDataKind } from '../../vocabularies.ts';


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
  if (finding.kind === 'iin-like') return msg('privacy.foundIinLike', { masked: finding.masked });
  return msg('privacy.found', { kind: msg(`personalData.${finding.kind}`), masked: finding.masked });
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
  const m = /^(\+\s?)?([\d\s().\-\u2013\u2014\u2011/[\]*_]+)$/.exec(t);
  if (!m) return null;
  const body = m[2] ?? '';
  if (!/\d/.test(body)) return null;
  return normalizeDigits(body.replace(/\D/g, ''), m[1] !== undefined);
}

// ---------------------------------------------------------------------------
// Scanning
// ---------------------------------------------------------------------------

/** Separators people put between the parts of an e-mail address instead of "@" and ".". */
const AT_WORDS = 'at|собака|собачка';
/** Spelled-out "@" only when bracketed ("[эт]", "(ат)"): on their own these are ordinary words. */
const AT_WORDS_BRACKETED = 'at|собака|собачка|эт|ат';
const DOT_WORDS = 'dot|точка|тчк|нүкте|нукте';
/** Top-level domains residents' addresses use; spaced-out and spelled-out addresses must end in one. */
const KNOWN_TLDS = new Set(['kz', 'ru', 'com', 'net', 'org', 'info', 'biz', 'me', 'io', 'kg', 'uz', 'by', 'ua', 'tj', 'tm', 'az', 'am', 'ge', 'de', 'tr', 'cn', 'рф', 'қаз', 'каз', 'edu', 'gov']);
// Bounded as addresses are (64 characters before "@", 63 per domain label), so a long unbroken token costs linear time.
const EMAIL_LOCAL = String.raw`[\p{L}\p{N}_%+\-](?:[\p{L}\p{N}._%+\-]{0,62}[\p{L}\p{N}_%+\-])?`;
const EMAIL_LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}\-]{0,61}[\p{L}\p{N}])?`;
const EMAIL_AT = String.raw`(?:[ \t\u00A0]{0,2}@[ \t\u00A0]{0,2}|\s*[\[(<{]\s*(?:${AT_WORDS_BRACKETED}|@)\s*[\])>}]\s*|\s+(?:${AT_WORDS})\s+)`;
const EMAIL_DOT = String.raw`(?:\.|\s*[\[(<{]\s*(?:${DOT_WORDS}|\.)\s*[\])>}]\s*|\s+(?:${DOT_WORDS})\s+)`;
/** An e-mail address, plain or obfuscated: "a@b.kz", "a @ b.kz", "a [at] b [dot] kz", "a(at)b.kz", "a собака b точка ru". */
const EMAIL_RE = new RegExp(`(${EMAIL_LOCAL})(${EMAIL_AT})(${EMAIL_LABEL}(?:${EMAIL_DOT}${EMAIL_LABEL})+)`, 'giu');
const EMAIL_DOT_RE = new RegExp(EMAIL_DOT, 'giu');
/** Worth running the e-mail search at all. */
const EMAIL_HINT_RE = new RegExp(`@|[\\[(<{\\s](?:${AT_WORDS_BRACKETED})[\\])>}\\s]`, 'iu');

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'«»]+/giu;
/** A phone number inside a messenger link: wa.me/77012345678, t.me/+77012345678, api.whatsapp.com/send?phone=…, viber://chat?number=%2B…. */
const MESSENGER_RE =
  /(?:\bwa\.me\/|\bt\.me\/|\btelegram\.me\/|whatsapp\.com\/send\/?\?(?:[^\s#"'<>]*?&)?phone=|viber:\/\/(?:chat|add)\?number=)(\+|%2B)?(\d{10,12})(?!\d)/giu;
/** Digit groups joined by 1-4 separator characters (spaces, line breaks, dashes, dots, slashes, brackets). */
const RUN_RE = /(?:\+[ \u00A0]?)?\d+(?:[ \t\n\r\u00A0\u2009\u202F.\-\u2013\u2014\u2011()[\]/]{1,4}\d+)*/gu;
const GROUP_RE = /\d+/g;
const AMOUNT_SUFFIX_RE = /^[ \u00A0\u2009\u202F]*(?:[₸$€%]|(?:тг|тенге|теңге|kzt|usd|eur|евро|руб)(?!\p{L})|(?:тыс|млн|млрд|доллар|рубл))/iu;
const AMOUNT_PREFIX_RE = /(?:[₸$€]|(?<!\p{L})(?:kzt|usd|eur|тг|тенге|теңге))[ \u00A0.:]*$/iu;
/** Words that say the number next to them is a phone number. */
const PHONE_CONTEXT_RE = /(?:тел|моб|сот\.|сотов|ұялы|phone|whats|ватсап|вотсап|вацап|telegram|телеграм|номер|нөмір|звон|қоңырау|байланыс|контакт|связ|call)/iu;
/** Words that say the number next to them is an IIN. */
const IIN_CONTEXT_RE = /(?:ИИН|ЖСН|IIN|ИНН)/iu;
/** Mobile operators' codes (national number starts with them): 70x, 747, 77x. */
const KZ_MOBILE = /^7(?:0\d|47|7\d)/;

interface Group {
  digits: string;
  start: number;
  end: number;
  /** Whether the separator before this group contains a space or a line break. */
  spaced: boolean;
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
 * 12 digits that are shaped like an IIN — a real date of birth, a century
 * digit 1-6 — but whose check digit does not match: most likely an IIN with
 * one digit mistyped.
 */
export function isIinLike(s: string): boolean {
  if (!/^\d{12}$/.test(s) || isValidIin(s)) return false;
  const centuryDigit = s.charCodeAt(6) - 48;
  if (centuryDigit < 1 || centuryDigit > 6) return false;
  const year = 1800 + 100 * Math.floor((centuryDigit - 1) / 2) + Number(s.slice(0, 2));
  const month = Number(s.slice(2, 4));
  const day = Number(s.slice(4, 6));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** How people group the digits of an IIN: all 12 together, 6+6, 4+4+4, 3+3+3+3. */
function isIinGrouping(groups: readonly Group[]): boolean {
  const sizes = groups.map((g) => g.digits.length).join(',');
  return sizes === '12' || sizes === '6,6' || sizes === '4,4,4' || sizes === '3,3,3,3';
}

/** Whether text can hold personal data at all: 10 digits or more, or an "@" or a spelled-out one. */
function worthScanning(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++digits >= 10) return true;
  }
  return EMAIL_HINT_RE.test(text);
}

/**
 * Emphasis marks ("**", "~~", "_" next to a space) and backslash escapes
 * read as nothing: the scan sees them as spaces, so offsets stay valid.
 */
function blankMarks(text: string): string {
  return text.replace(/[*~\\]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, ' ');
}

function maskedPhone(n: string): string {
  return `+7 ${n.slice(1, 4)} *** ** ${n.slice(9)}`;
}

function maskedIin(digits: string): string {
  return `${digits.slice(0, 4)}******${digits.slice(10)}`;
}

function maskedEmail(local: string, domain: string): string {
  return `${local.length >= 3 ? local.slice(0, 1) : ''}***@${domain}`;
}

/**
 * Every IIN (and IIN-like number), Kazakhstan mobile or landline number and
 * e-mail address in text that is not on the allow-list.
 */
export function findPersonalData(text: string, allow?: ContactAllowList): PersonalDataFinding[] {
  if (!worthScanning(text)) return [];
  const allowedPhones = new Set<string>();
  for (const p of allow?.phones ?? []) {
    const n = normalizePhone(p);
    if (n) allowedPhones.add(n);
  }
  const allowedEmails = new Set((allow?.emails ?? []).map((e) => e.trim().toLowerCase()));

  const findings: PersonalDataFinding[] = [];
  const excluded: [number, number][] = [];

  if (EMAIL_HINT_RE.test(text)) {
    for (const m of text.matchAll(EMAIL_RE)) {
      const local = m[1] ?? '';
      const at = m[2] ?? '';
      const rawDomain = m[3] ?? '';
      const domain = rawDomain.replace(EMAIL_DOT_RE, '.');
      const tld = domain.slice(domain.lastIndexOf('.') + 1).toLowerCase();
      if (!/^\p{L}{2,}$/u.test(tld)) continue;
      const plain = at === '@' && domain === rawDomain;
      if (!plain && !KNOWN_TLDS.has(tld)) continue;
      const start = m.index;
      excluded.push([start, start + m[0].length]);
      if (allowedEmails.has(`${local}@${domain}`.toLowerCase())) continue;
      findings.push({ kind: 'email', value: m[0], masked: maskedEmail(local, domain), index: start });
    }
  }

  for (const m of text.matchAll(MESSENGER_RE)) {
    const digits = m[2] ?? '';
    const plus = m[1] !== undefined;
    const start = m.index + m[0].length - digits.length - (m[1]?.length ?? 0);
    excluded.push([start, m.index + m[0].length]);
    const n = normalizeDigits(digits, plus);
    if (n === null || allowedPhones.has(n)) continue;
    const value = text.slice(start, m.index + m[0].length);
    findings.push({ kind: 'phone', value, masked: maskedPhone(n), index: start });
  }
  // Ordinary web addresses are not personal data: their digits are not scanned.
  for (const m of text.matchAll(URL_RE)) excluded.push([m.index, m.index + m[0].length]);

  // Digits inside e-mail addresses and URLs are not scanned: blank those spans
  // out (same length, so offsets stay valid) with a character that is neither
  // a digit, a separator nor part of an identifier.
  let scan = blankMarks(text);
  for (const [a, b] of excluded) scan = scan.slice(0, a) + '\u0000'.repeat(b - a) + scan.slice(b);

  for (const run of scan.matchAll(RUN_RE)) {
    const runStart = run.index;
    const runText = run[0];
    const runEnd = runStart + runText.length;
    const plus = runText.startsWith('+');
    const groups: Group[] = [];
    let prevEnd = runStart;
    for (const g of runText.matchAll(GROUP_RE)) {
      const start = runStart + g.index;
      groups.push({ digits: g[0], start, end: start + g[0].length, spaced: /\s/.test(scan.slice(prevEnd, start)) });
      prevEnd = start + g[0].length;
    }

    // Identifiers and document numbers ("i-10-00042", "abc/123", "№ 12/345", "№45-VII", "7012345678-KZ"):
    // the token glued to them is skipped, up to the first space or line break.
    let lo = 0;
    let hi = groups.length;
    const before = scan.slice(Math.max(0, runStart - 2), runStart);
    if (isAsciiWordChar(before.at(-1)) || /^[A-Za-z0-9_][-/]$/.test(before) || /№\s*$/.test(scan.slice(Math.max(0, runStart - 4), runStart))) {
      lo = 1;
      while (lo < hi && !groups[lo]?.spaced) lo++;
    }
    const after = scan.slice(runEnd, runEnd + 2);
    if (isAsciiWordChar(after[0]) || /^[-/][A-Za-z0-9]/.test(after)) {
      hi -= 1;
      while (hi > lo && !groups[hi]?.spaced) hi--;
    }

    let i = lo;
    while (i < hi) {
      const found = bestAt(scan, groups, i, hi, plus && i === 0, allowedPhones);
      if (found === null) {
        i++;
        continue;
      }
      const first = groups[i] as Group;
      const last = groups[found.end] as Group;
      let start = first.start;
      if (found.kind === 'phone') {
        if (i === 0 && plus) start = runStart; // keep the "+" of "+7"
        // "(701) 234-56-78": keep the opening parenthesis when it is closed inside the number.
        if (scan[start - 1] === '(' && scan.slice(start, last.end).includes(')')) start--;
      }
      if (found.masked !== '') findings.push({ kind: found.kind, value: text.slice(start, last.end), masked: found.masked, index: start });
      i = found.end + 1;
    }
  }

  return findings.sort((a, b) => a.index - b.index);
}

/**
 * The personal data that starts at group i of a run, decided on the
 * evidence: an IIN with a valid check digit, then a Kazakhstan phone number,
 * then a 12-digit number shaped like an IIN. Amounts (thousands groups, a
 * currency next to them) are let through unless the number can only be a
 * phone. An allow-listed phone is returned with an empty mask (consumed, not reported).
 */
function bestAt(
  scan: string,
  groups: readonly Group[],
  i: number,
  hi: number,
  plus: boolean,
  allowedPhones: ReadonlySet<string>,
): { kind: PersonalDataKind; end: number; masked: string } | null {
  let digits = '';
  let iin = -1;
  let iinLike = -1;
  const phones: [number, string][] = [];
  for (let j = i; j < hi && digits.length < 12; j++) {
    digits += groups[j]?.digits ?? '';
    if (digits.length === 12) {
      if (isValidIin(digits)) iin = j;
      else if (isIinLike(digits)) iinLike = j;
    } else if (digits.length === 11 || digits.length === 10) {
      const n = normalizeDigits(digits, plus);
      if (n) phones.unshift([j, n]); // the longer spelling first
    }
  }
  const first = groups[i] as Group;
  const lead = scan.slice(Math.max(0, first.start - 32), first.start);
  const evidence = (end: number) => {
    const span = groups.slice(i, end + 1);
    const last = groups[end] as Group;
    const currency = AMOUNT_SUFFIX_RE.test(scan.slice(last.end, last.end + 12)) || AMOUNT_PREFIX_RE.test(lead.slice(-8));
    return { span, currency, thousands: isThousandsGrouped(scan, span) };
  };
  const twelve = groups.slice(i, Math.max(iin, iinLike) + 1).map((g) => g.digits).join('');
  if (iin >= 0) {
    const e = evidence(iin);
    // A valid check digit and date of birth are strong evidence; only a round amount is let through.
    if (!((e.currency || e.thousands) && twelve.endsWith('000'))) return { kind: 'iin', end: iin, masked: maskedIin(twelve) };
  }
  for (const [end, n] of phones) {
    const e = evidence(end);
    const national = n.slice(1);
    const written = groups.slice(i, end + 1).map((g) => g.digits).join('');
    let phone = true;
    if (!PHONE_CONTEXT_RE.test(lead)) {
      if (e.currency) phone = false;
      // Written like money: a phone only when it can be nothing else — a trunk prefix and a mobile code, not a round sum.
      else if (e.thousands) phone = written.length === 11 && KZ_MOBILE.test(national) && !written.endsWith('000');
    }
    if (phone) return { kind: 'phone', end, masked: allowedPhones.has(n) ? '' : maskedPhone(n) };
  }
  if (iinLike >= 0) {
    const e = evidence(iinLike);
    if (isIinGrouping(e.span) && !e.currency && (!twelve.endsWith('000') || IIN_CONTEXT_RE.test(lead))) {
      return { kind: 'iin-like', end: iinLike, masked: maskedIin(twelve) };
    }
  }
  return null;
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
  if (kind === 'iin' || kind === 'iin-like') {
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
