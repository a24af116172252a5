/** How near two titles must be to count as the same record typed again (src/lib/import/lookalike.ts). */
import { describe, expect, it } from 'vitest';
import { editDistance, nearlySame } from '../../src/lib/import/lookalike.ts';

describe('near duplicates', () => {
  it('counts edits', () => {
    expect(editDistance('вода', 'вода')).toBe(0);
    expect(editDistance('питьевой', 'питевой')).toBe(1); // one letter left out
    expect(editDistance('газ', 'гас')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('takes a typo, case, ё and punctuation as the same title', () => {
    expect(nearlySame('Нет питьевой воды', 'нет питевой воды!')).toBe(true);
    expect(nearlySame('Ремонт дороги на улице Жамбыла', 'Ремонт дороги на ул. Жамбыла')).toBe(true); // 3 edits in 28 letters
    expect(nearlySame('Освещение ёлки', 'освещение елки')).toBe(true);
  });

  it('keeps different issues apart', () => {
    expect(nearlySame('Нет газа', 'Нет воды')).toBe(false);
    expect(nearlySame('Ремонт школы № 5', 'Ремонт школы № 12')).toBe(false); // 2 edits, but another number: another school
    expect(nearlySame('Ремонт школы № 5', 'Ремонт школы №5')).toBe(true);
    expect(nearlySame('Ремонт дороги на улице Абая', 'Освещение улицы Абая')).toBe(false);
    expect(nearlySame('', '')).toBe(false);
  });
});
