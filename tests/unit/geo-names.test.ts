/**
 * The geography-names sheet: every settlement without a Kazakh name, for
 * editors to fill in; imported, the names go into content/geo/settlements
 * and name every meeting and issue there; a mistake is told with the file,
 * row and column and the fix, in Kazakh and Russian, and nothing is written.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { say } from '../../src/lib/i18n/messages.ts';
import { geoNamesSheet, readGeoNames } from '../../src/lib/import/geo-names.ts';
import { entry, fixtureAsOf, validTree, writeTree } from '../content/fixture.ts';

const header = 'ӘАОЖ (КАТО) коды / Код КАТО,Өңір / Регион,Аудан немесе қала / Район или город,Түрі / Вид,Орысша атауы / Название на русском,Қазақша атауы / Название на казахском';
const epoch = String(Date.parse(`${fixtureAsOf}T12:00:00+05:00`) / 1000);

/** The fixture tree with a second settlement, a village of Abay district. */
function tree() {
  const t = validTree();
  entry(t, 'geo/settlements/abay.json').push({ kato: '103020100', district: 'abay-district', kind: 'village', name: { ru: 'село Караул' } });
  return t;
}
const run = (root: string, ...args: string[]) =>
  spawnSync(process.execPath, ['scripts/geo-names.ts', ...args], { encoding: 'utf8', env: { ...process.env, KEZDESU_CONTENT: root, SOURCE_DATE_EPOCH: epoch } });

describe('the geography-names sheet', () => {
  it('lists every settlement without a Kazakh name with its code, region, district, kind and Russian name, the Kazakh column empty', () => {
    const { content } = loadContent(writeTree(tree()), { asOf: fixtureAsOf });
    expect(geoNamesSheet(content)).toBe(
      `\uFEFF${header}\r\n` +
        '101033000,Абай облысы,Семей қаласы,Ауылдық округ / Сельский округ,Абралинский сельский округ,\r\n' +
        '103020100,Абай облысы,Абай ауданы,Ауыл / Село,село Караул,\r\n',
    );
  });

  it('filled in and imported, gives the settlements their Kazakh names, names the meeting there in Kazakh, leaves the unfilled row for later, and changes nothing the second time', () => {
    const root = writeTree(tree());
    const sheet = join(root, '..', `${root.split('/').at(-1)}-names.csv`);
    expect(run(root, 'sheet', '--out', sheet).stdout).toBe(`${sheet}: қазақша атауы жоқ 2 елді мекен — «Қазақша атауы» бағанын толтырып, npm run geo-names -- import ${sheet} арқылы жүктеңіз\n`);
    writeFileSync(sheet, readFileSync(sheet, 'utf8').replace('Абралинский сельский округ,', 'Абралинский сельский округ,Абыралы ауылдық округі'));
    const first = run(root, 'import', sheet);
    expect(first.stdout).toBe(`${sheet}: 1 елді мекенге қазақша атауы берілді\n`);
    expect(first.status).toBe(0);
    expect(JSON.parse(readFileSync(join(root, 'geo/settlements/abay.json'), 'utf8'))).toEqual([
      { kato: '101033000', district: 'semey-city', kind: 'rural-okrug', name: { kk: 'Абыралы ауылдық округі', ru: 'Абралинский сельский округ' } },
      { kato: '103020100', district: 'abay-district', kind: 'village', name: { ru: 'село Караул' } },
    ]);
    const { content, problems } = loadContent(root, { asOf: fixtureAsOf });
    expect(problems).toEqual([]);
    expect(content.meetings.find((m) => m.id === 'm-10-0001')!.place.settlement!.name).toEqual({ kk: 'Абыралы ауылдық округі', ru: 'Абралинский сельский округ' });
    const before = readFileSync(join(root, 'geo/settlements/abay.json'), 'utf8');
    expect(run(root, 'import', sheet, '--lang', 'ru').stdout).toBe(`${sheet}: название на казахском получили населённые пункты: 0\n`);
    expect(readFileSync(join(root, 'geo/settlements/abay.json'), 'utf8')).toBe(before);
    expect(geoNamesSheet(content)).toBe(`\uFEFF${header}\r\n103020100,Абай облысы,Абай ауданы,Ауыл / Село,село Караул,\r\n`);
  });

  it('tells every mistake at once, with its row and column and the fix, in Kazakh and Russian, and writes nothing', () => {
    const t = tree();
    entry(t, 'geo/settlements/abay.json')[0].name.kk = 'Абыралы ауылдық округі';
    const root = writeTree(t);
    const text = [
      header,
      '109999000,,,,,Жаңа ауыл',
      '103020100,,,,село Караул,Караульский сельский округ',
      '101033000,,,,,Абралы ауылдық округі',
      ',,,,,Қараүл ауылы',
      '103020100,,,,,Қарауыл ауылы',
      '103020100,,,,,Қараул ауылы',
    ].join('\n');
    const read = readGeoNames(text, 'names.csv', loadContent(root, { asOf: fixtureAsOf }).content);
    expect(read.ok).toBe(false);
    const problems = read.ok ? [] : read.problems;
    expect(problems.map((p) => say(p, 'kk'))).toEqual([
      'names.csv: 2-жол, «ӘАОЖ (КАТО) коды» бағаны: 109999000 коды сайттың елді мекендері арасында жоқ — кодты парақта тұрғандай қалдырыңыз',
      'names.csv: 3-жол, «Қазақша атауы» бағаны: «Караульский сельский округ» ішінде орысша сөздер бар (Караульский, сельский, округ) — бұл бағанға елді мекеннің қазақша атауын жазыңыз, мысалы «Бидайық ауылдық округі» (орысша атауы: «село Караул»)',
      'names.csv: 4-жол, «Қазақша атауы» бағаны: 101033000 елді мекенінің қазақша атауы бар: «Абыралы ауылдық округі» — бұл жолды бос қалдырыңыз; атауды түзету үшін geo/settlements/abay.json файлын өңдеңіз',
      'names.csv: 5-жол, «ӘАОЖ (КАТО) коды» бағаны: толтырылмаған — парақта тұрған елді мекеннің ӘАОЖ (КАТО) кодын өшірмеңіз',
      'names.csv: 7-жол, «Қазақша атауы» бағаны: 103020100 коды 6-жолда «Қарауыл ауылы» деп аталды — бір атауын ғана қалдырыңыз',
    ]);
    expect(problems.map((p) => say(p, 'ru'))).toEqual([
      'names.csv: строка 2, столбец «Код КАТО»: кода 109999000 нет среди населённых пунктов сайта — оставьте код таким, каким он был в листе',
      'names.csv: строка 3, столбец «Название на казахском»: в «Караульский сельский округ» есть русские слова (Караульский, сельский, округ) — впишите в этот столбец название населённого пункта на казахском, например «Бидайық ауылдық округі» (название на русском: «село Караул»)',
      'names.csv: строка 4, столбец «Название на казахском»: у населённого пункта 101033000 уже есть название на казахском: «Абыралы ауылдық округі» — оставьте строку пустой; чтобы исправить название, правьте файл geo/settlements/abay.json',
      'names.csv: строка 5, столбец «Код КАТО»: не заполнено — не удаляйте код КАТО населённого пункта, стоявший в листе',
      'names.csv: строка 7, столбец «Название на казахском»: код 103020100 уже назван «Қарауыл ауылы» в строке 6 — оставьте только одно название',
    ]);
    const sheet = join(root, '..', `${root.split('/').at(-1)}-bad.csv`);
    writeFileSync(sheet, text);
    const before = readFileSync(join(root, 'geo/settlements/abay.json'), 'utf8');
    const refused = run(root, 'import', sheet);
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim().split('\n').at(-1)).toBe(`${sheet}: қателер саны 5; ештеңе жазылмады — оларды түзетіп, файлды қайта жүктеңіз`);
    expect(readFileSync(join(root, 'geo/settlements/abay.json'), 'utf8')).toBe(before);
  });

  it('uploaded into the inbox, is recognised from its headings, imported and removed; a bad one stays, its rows told in Kazakh and Russian', () => {
    const root = writeTree(tree());
    const inbox = join(root, '..', `${root.split('/').at(-1)}-inbox`);
    mkdirSync(inbox);
    writeFileSync(join(inbox, 'атаулар.csv'), `${header}\n101033000,,,,,Абыралы ауылдық округі\n`);
    writeFileSync(join(inbox, 'названия.csv'), 'Код КАТО;Название на казахском\n103020100;село Караул\n');
    const report = spawnSync(process.execPath, ['scripts/inbox.ts', '--dir', inbox], { encoding: 'utf8', env: { ...process.env, KEZDESU_CONTENT: root, SOURCE_DATE_EPOCH: epoch } });
    expect(report.status).toBe(1);
    expect(readdirSync(inbox)).toEqual(['названия.csv']);
    expect(JSON.parse(readFileSync(join(root, 'geo/settlements/abay.json'), 'utf8'))[0].name).toEqual({ kk: 'Абыралы ауылдық округі', ru: 'Абралинский сельский округ' });
    expect(report.stdout).toContain('## ✅ атаулар.csv — елді мекендердің қазақша атаулары · названия населённых пунктов на казахском\n\nАтаулар жазылды. Файл импортталды және қалтадан алынды. · Названия записаны. Файл импортирован и убран из папки.');
    const bad = join(inbox, 'названия.csv');
    expect(report.stdout).toContain('## ❌ названия.csv — елді мекендердің қазақша атаулары · названия населённых пунктов на казахском');
    expect(report.stdout).toContain(`${bad}: 2-жол, «Қазақша атауы» бағаны: «село Караул» ішінде орысша сөздер бар (село) — бұл бағанға елді мекеннің қазақша атауын жазыңыз, мысалы «Бидайық ауылдық округі» (орысша атауы: «село Караул»)`);
    expect(report.stdout).toContain(`${bad}: строка 2, столбец «Название на казахском»: в «село Караул» есть русские слова (село) — впишите в этот столбец название населённого пункта на казахском, например «Бидайық ауылдық округі» (название на русском: «село Караул»)`);
    expect(report.stdout).toContain(`${bad}: ошибок: 1; ничего не записано — исправьте их и загрузите файл снова`);
  });
});
