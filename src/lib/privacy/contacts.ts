/**
 * The allow-list of official contacts (`content/privacy/allow-list.json`):
 * which phones and e-mail addresses the personal-data check lets through,
 * and whose each one is. The file keeps a log, like an issue's history: a
 * contact is added on a day with whose it is and why it is public, and
 * taken off by a later `removed` entry; what is allowed on the build day is
 * the log played from the start, plus the older bare `phones` and `emails`.
 */
import { ContactEntry, type AllowList, type ContactAdded } from '../../schemas/site.ts';
import { msg } from '../i18n/messages.ts';
import { problem, type ContentProblem } from '../content/problems.ts';
import { normalizePhone, type ContactAllowList } from './personal-data.ts';

/** A contact on the list now: its entry of the log (whose, body, region, the day it was added). */
export type OfficialContact = ContactAdded;

/** How a contact is matched: `phone 77132556677` or `email press@akimat.kz`, whatever its spelling. */
export function contactKey(contact: { phone?: string | undefined; email?: string | undefined }): string {
  if (contact.phone !== undefined) return `phone ${normalizePhone(contact.phone) ?? contact.phone}`;
  return `email ${(contact.email ?? '').trim().toLowerCase()}`;
}

/** A contact as readers see it: `+7 7132 55 66 77` for a phone, the e-mail as it is. */
export function contactShown(contact: { phone?: string | undefined; email?: string | undefined }): string {
  const n = contact.phone === undefined ? null : normalizePhone(contact.phone);
  if (n === null) return contact.phone ?? contact.email ?? '';
  // Landlines have a 4-digit area code (7132), mobiles a 3-digit operator code (701).
  const code = n[1] === '7' && n[2] !== '1' && n[2] !== '2' ? n.slice(1, 4) : n.slice(1, 5);
  const rest = n.slice(1 + code.length);
  const groups = rest.length === 7 ? [rest.slice(0, 3), rest.slice(3, 5), rest.slice(5)] : [rest.slice(0, 2), rest.slice(2, 4), rest.slice(4)];
  return `+7 ${code} ${groups.join(' ')}`;
}

/**
 * What can still be read of an allow-list file that failed its schema: its
 * good entries and bare values, so one bad entry (reported on its own) does
 * not turn every official contact in the published texts into a problem too.
 */
export function readableAllowList(value: unknown): AllowList {
  const v = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);
  const contacts = Array.isArray(v.contacts) ? v.contacts.flatMap((e) => {
    const parsed = ContactEntry.safeParse(e);
    return parsed.success ? [parsed.data] : [];
  }) : [];
  return { contacts, phones: strings(v.phones), emails: strings(v.emails) };
}

/** The log played from the start: the contacts on the list now, and the older bare values not taken off since. */
function play(list: AllowList): { active: OfficialContact[]; phones: string[]; emails: string[] } {
  const active = new Map<string, OfficialContact>();
  const removed = new Set<string>();
  for (const entry of list.contacts) {
    const key = contactKey(entry);
    if (entry.kind === 'added') {
      active.set(key, entry);
      removed.delete(key);
    } else {
      active.delete(key);
      removed.add(key);
    }
  }
  return {
    active: [...active.values()],
    phones: list.phones.filter((p) => !removed.has(contactKey({ phone: p }))),
    emails: list.emails.filter((e) => !removed.has(contactKey({ email: e }))),
  };
}

/** The contacts on the list now, with whose each is, in the order they were added. */
export function officialContacts(list: AllowList): OfficialContact[] {
  return play(list).active;
}

/** What the personal-data check lets through: the older bare values and every contact on the list now. */
export function allowedContacts(list: AllowList): ContactAllowList {
  const { active, phones, emails } = play(list);
  return {
    phones: [...phones, ...active.flatMap((c) => (c.phone === undefined ? [] : [c.phone]))],
    emails: [...emails, ...active.flatMap((c) => (c.email === undefined ? [] : [c.email]))],
  };
}

/**
 * The log's rules beyond its schema: no entry after the build day, dates go
 * forward, a contact is added only when it is not on the list and removed
 * only when it is, a region is one of the regions.
 */
export function checkContacts(list: AllowList, file: string, regions: ReadonlySet<string>, asOf: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const active = new Set([...list.phones.map((p) => contactKey({ phone: p })), ...list.emails.map((e) => contactKey({ email: e }))]);
  let previous: string | undefined;
  list.contacts.forEach((entry, i) => {
    const at = `contacts[${i}]`;
    const contact = contactShown(entry);
    if (entry.date > asOf) problems.push(problem(file, `${at}.date`, msg('check.future', { asOf, what: msg('check.what.entry') })));
    else if (previous !== undefined && entry.date < previous) problems.push(problem(file, `${at}.date`, msg('check.contact.order', { date: entry.date, previous })));
    previous = entry.date;
    const key = contactKey(entry);
    if (entry.kind === 'added') {
      if (active.has(key)) problems.push(problem(file, at, msg('check.contact.already', { contact })));
      if (entry.region !== undefined && !regions.has(entry.region)) problems.push(problem(file, `${at}.region`, msg('check.region.unknown', { region: entry.region })));
      active.add(key);
    } else {
      if (!active.has(key)) problems.push(problem(file, at, msg('check.contact.notListed', { contact })));
      active.delete(key);
    }
  });
  return problems;
}
