/**
 * The editors' guide (docs/editing.md, Russian then Kazakh) as an akimat
 * editor reads it: the statuses it names are the ones the site and the
 * validator's messages show, and its Kazakh has none of the faults the
 * Kazakh review of 2026-11-30 found (item 19).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { label } from '../../src/lib/i18n/labels.ts';
import { statusIds } from '../../src/vocabularies.ts';

const guide = readFileSync('docs/editing.md', 'utf8').replace(/\s+/g, ' ');

/** Every «name» in a run of quoted names («A», «B» немесе «C») that the pattern finds. */
function quoted(pattern: RegExp): string[] {
  return [...guide.matchAll(pattern)].flatMap((m) => [...m[1]!.matchAll(/«([^»]+)»/g)].map((q) => q[1]!));
}

describe('the editors\' guide', () => {
  it('names each status it mentions as the site shows it (translations/{kk,ru}.json)', () => {
    const kk = quoted(/((?:«[^»]+»(?:, | немесе | және )?)+) мәртебе/g);
    const ru = quoted(/статус\S* ((?:«[^»]+»(?:, | или | и )?)+)/g);
    // «Шешілді», «Қаралуда», «Орындалуда» after a resolved issue is refused; «Решено», «На рассмотрении», «В работе».
    expect(kk.length).toBeGreaterThanOrEqual(3);
    expect(ru.length).toBeGreaterThanOrEqual(3);
    const names = (lang: 'kk' | 'ru') => new Set(statusIds.map((id) => label(lang, 'status', id)));
    expect(kk.filter((name) => !names('kk').has(name))).toEqual([]);
    expect(ru.filter((name) => !names('ru').has(name))).toEqual([]);
  });

  it('says in Kazakh that optional columns may be deleted, and that the site was not built, without a double negative or «жиналмады»', () => {
    expect(guide).not.toContain('қажет емес міндетті емес');
    expect(guide).toContain('Міндетті емес бағандар қажет болмаса');
    // «Сайт жиналады» is a calque of «сайт собирается»: the site is built, «құрастырылады».
    expect(guide).not.toMatch(/жиналмады|қайта жиналады|жиналып, жарияланады/);
    expect(guide).toContain('сайт құрастырылмады');
  });
});
