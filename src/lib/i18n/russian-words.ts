/**
 * Russian words in a text meant to be Kazakh. Kazakh and Russian share most
 * Cyrillic letters, so a letter alone tells little; a word is taken for
 * Russian when it has none of the letters only Kazakh has (ә ғ қ ң ө ұ ү һ і)
 * and either ends as only Russian words end (the adjective endings of place
 * names: «Бидайыкского», «Калбатауский», «-ской», «-скую»…) or is one of the
 * Russian words geography and akims' titles are made of («сельский», «округ»,
 * «район», «аким», «города»…) or a common Russian function word. Kazakh
 * borrows «округ» and «аудан», never «района»: «ауылдық округ» is Kazakh and
 * passes only because «ауылдық» has a Kazakh letter — «округ» on its own,
 * after a Russian adjective, is Russian. Used by the import of Kazakh names
 * (a Russian name typed in the Kazakh column is refused) and by the test over
 * every built Kazakh page.
 */

const kazakhOnlyLetters = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;

/** Endings only Russian words have: adjectives of place names in every case and gender, and the Russian forms of the geography words. */
const russianEndings = /(?:[сц]к(?:ий|ого|ому|ом|им|ая|ой|ую|ое|ие|их|ими)|(?:ов|ев|ин)(?:ского|ской|ский)|ения|ость|ости)$/;

/** Russian words of geography and titles, and function words, that have no Kazakh use in any form. */
const russianWordList = [
  'сельский', 'сельского', 'сельском', 'сельскому', 'сельская', 'сельской', 'сельскую', 'сельское',
  'округа', 'округе', 'округу', 'округом', 'округов',
  'район', 'района', 'районе', 'району', 'районом', 'районов',
  'аким', 'акима', 'акиму', 'акимом', 'акимат', 'акимата', 'акимате', 'акимату',
  'город', 'города', 'городе', 'городу', 'городом',
  'поселок', 'посёлок', 'поселка', 'посёлка', 'поселке', 'посёлке',
  'село', 'села', 'селе', 'селу', 'сельсовет',
  'администрация', 'администрации', 'администрацию',
  'область', 'области', 'улица', 'улицы', 'улице',
  'и', 'в', 'во', 'на', 'по', 'для', 'при', 'или', 'что', 'это', 'из', 'от', 'года', 'году',
];
const russianWords = new Set(russianWordList);

/** The word «округ», Russian when a Russian adjective stands before it («Бидайыкский сельский округ»), Kazakh after «ауылдық». */
const okrug = 'округ';

/** A word of a text found Russian, with where it starts. */
export interface RussianWord {
  word: string;
  index: number;
}

/** Whether one word (Cyrillic letters and hyphens) is Russian by the rules above. */
export function isRussianWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (kazakhOnlyLetters.test(lower)) return false;
  return russianWords.has(lower) || russianEndings.test(lower);
}

/** Every Russian word in a text meant to be Kazakh, in order: «Аким Бидайыкского сельского округа тұрғындармен…» → Аким, Бидайыкского, сельского, округа. */
export function russianWordsIn(text: string): RussianWord[] {
  const found: RussianWord[] = [];
  let previousRussian = false;
  for (const match of text.matchAll(/[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+/g)) {
    const word = match[0];
    const russian: boolean = isRussianWord(word) || (word.toLowerCase() === okrug && previousRussian);
    if (russian) found.push({ word, index: match.index });
    previousRussian = russian;
  }
  return found;
}
