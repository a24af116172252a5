/**
 * The Kazakh genitive case of a name, for "the akimat of …" («Жарма
 * ауданының әкімдігі»): the ending follows the last sound (-ның/-нің after a
 * vowel, -дың/-дің after a sonorant or voiced consonant, -тың/-тің after a
 * voiceless one) and the last vowel (back: ы, front: і).
 */
const vowels = 'аәеёиоөұүыіэюя';
const frontVowels = 'әеөүіэ';
const afterSonorant = 'жзлмнңрйуў';

/** The genitive of a Kazakh name: «Жарма ауданы» → «Жарма ауданының», «Шымкент» → «Шымкенттің». */
export function kazakhGenitive(name: string): string {
  const word = name.trimEnd();
  const last = word.at(-1)?.toLowerCase() ?? '';
  const lastVowel = [...word.toLowerCase()].reverse().find((c) => vowels.includes(c)) ?? 'а';
  const vowel = frontVowels.includes(lastVowel) || lastVowel === 'и' ? 'і' : 'ы';
  const consonant = vowels.includes(last) ? 'н' : afterSonorant.includes(last) ? 'д' : 'т';
  return `${word}${consonant}${vowel}ң`;
}
