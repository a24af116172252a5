/**
 * A Kazakh stemmer for search: takes the inflectional endings off a word
 * (case, possessive, plural and their chains: «ауданының» → «аудан»,
 * «тұрғындарға» → «тұрғын»), so that the Kazakh index and the reader's
 * query meet on one form. Pagefind stems Russian and English itself but has
 * no Kazakh stemmer and takes none from outside, so the build gives it Kazakh
 * text already stemmed and the search page stems the query the same way
 * (query-words.ts, shown-words.ts).
 *
 * There is no Kazakh stemmer on npm, and Snowball has none; this follows the
 * published rule-based approach for Kazakh (KazNU's stemmer on the complete
 * set of endings, pg-kazsearch's rules with lemma lists): ending classes
 * stripped from the end in the reverse order of attachment, each chosen by
 * the sound before it, with consonant mutation and vowel elision undone and a
 * few lists of stems that the rules cannot tell apart; kept small and pure so
 * the search page can carry it. Only inflection is stripped: derivational
 * suffixes («-лық», «-шы», «-ғы», verbal «-у») make other words and stay, as
 * do verbs' personal endings. The aim is a key, not a dictionary form: every
 * form of a word must reduce to the same key, and two unrelated words must
 * not; the key may be shorter than the dictionary form («оқушы» → «оқуш»,
 * «Алматы» → «алмат»).
 */

/** Vowels that take the vowel-initial form of an ending («қала-ның», «қала-сы»); у and и end stems like consonants («су-ды», «су-ы»). */
const vowels = new Set('аәеоөұүыіэяюё');
/** Any vowel letter, у and и included: a stem must keep one. */
const anyVowel = /[аәеоөұүыіэяюёуи]/;
/** The high vowels of the 3rd-person possessive («ауыл-ы», «үй-і»). */
const high = new Set('ыі');

/**
 * Words returned as they are: postpositions, conjunctions and pronouns whose
 * ending looks like an inflection («үшін» is not «үш» + «-ін»), and stems the
 * rules would cut into another word («орта» is not «ор» + «-та»).
 */
const keep = new Set([
  'үшін', 'кейін', 'дейін', 'бұрын', 'сайын', 'жақын', 'мүмкін', 'тегін', 'бірақ', 'және', 'немесе', 'мен', 'пен', 'бен',
  'ғана', 'тек', 'туралы', 'бойынша', 'арқылы', 'сияқты', 'бірге', 'бері', 'қарсы', 'әрі', 'тағы', 'әрине', 'сонда', 'мұнда',
  'онда', 'осы', 'сол', 'бұл', 'мына', 'ана', 'ата', 'олар', 'біз', 'сіз', 'оны', 'оның', 'соны', 'мұны', 'барлығы', 'бәрі', 'көбі',
  'басқа', 'салдар', 'желі', 'үйінді', 'кесте', 'пошта', 'жеке', 'дала', 'мекеме', 'кеше', 'ерте', 'ақы', 'жарты', 'орта',
]);

/**
 * Stems that end in a vowel and «н» themselves. Their possessive («аудан-ы»,
 * «тұрғын-ы») is not read as a vowel stem with the accusative «-ны»
 * («қала-ны»: without the list «ауданы» would become «ауда»), and the «-н» of
 * the accusative after a possessive («ауылы-н») is not taken off them
 * («отын», fuel, is not «от», fire).
 */
const nStems = new Set([
  'аудан', 'мекен', 'заман', 'өзен', 'майдан', 'қорған', 'тоған', 'маман', 'құрбан', 'кешен', 'орган', 'еден', 'қазан',
  'павильон', 'полигон', 'бетон', 'вагон', 'экран', 'стадион', 'газон', 'кран', 'план', 'баған', 'диқан', 'шабан',
  'тұрғын', 'отын', 'шығын', 'шағын', 'егін', 'жауын', 'қиын', 'ағын', 'ойын', 'түтін', 'ұшқын', 'табын', 'сауын', 'ақын',
  'жиын', 'толқын', 'ағылшын', 'қорғалжын', 'коргалжын', 'келін', 'түйін', 'қайын', 'орын', 'кәсіпорын', 'тартын',
]);

/**
 * Stems ending in «-с» after a vowel that take the possessive «-ы/-і»
 * («облыс-ы»), which the rules would otherwise read as a vowel stem with «-сы»
 * («қала-сы»).
 */
const vowelS = new Set([
  'облыс', 'құрылыс', 'жұмыс', 'ұсыныс', 'барыс', 'иіс', 'шығыс', 'батыс', 'табыс', 'кіріс', 'қоныс', 'тұрмыс', 'ағыс',
  'кеңес', 'өріс', 'тыныс', 'күрес', 'қатынас', 'келіс', 'өңіс', 'процес', 'процесс', 'адрес', 'прогресс', 'автобус',
]);

/**
 * Stems ending in a voiceless consonant and «т» that take the possessive
 * «-ы/-і» («пункт-і»), which the rules would read as the accusative «-ты/-ті»
 * («мектеп-ті»).
 */
const consonantT = new Set(['пункт', 'акт', 'факт', 'тест', 'пост', 'объект', 'проект', 'контракт', 'аспект', 'субъект', 'рецепт', 'концепт']);

/** Stems whose last vowel drops before a vowel ending («орын» → «орны», «халық» → «халқы»): the elided end and the whole one. */
const elided: [string, string][] = [
  ['орн', 'орын'], ['халқ', 'халық'], ['ауз', 'ауыз'], ['мұрн', 'мұрын'], ['ерн', 'ерін'], ['нарқ', 'нарық'], ['ерк', 'ерік'],
  ['қарн', 'қарын'], ['әрп', 'әріп'], ['ырқ', 'ырық'], ['құлқ', 'құлық'], ['бөрк', 'бөрік'], ['қойн', 'қойын'], ['көңл', 'көңіл'],
];

/** A stem's last п, к, қ turns voiced before a vowel («кітап» → «кітабы», «көмек» → «көмегі», «жақ» → «жағы»): the voiced one and the stem's own. */
const devoiced: Record<string, string> = { б: 'п', г: 'к', ғ: 'қ' };

const endsWithVowel = (s: string) => vowels.has(s.at(-1) ?? '');
const endsWithConsonant = (s: string) => s.length > 0 && !endsWithVowel(s);
const endsWithHigh = (s: string) => high.has(s.at(-1) ?? '');
/**
 * Two-letter stems an ending may be taken down to («үй-де», «су-ды», «ай-ына»).
 * Any other stem keeps three letters: Pagefind also finds the words a query
 * begins, so a two-letter key («жеке» → «же») would find half the index.
 */
const shortStems = new Set(['үй', 'су', 'ел', 'ай', 'іс', 'ет', 'ас', 'ат', 'ой', 'от', 'ұл', 'ми', 'ту', 'ақ', 'ән', 'ес', 'ен', 'ор']);
/** A stem left after taking an ending off: three letters with a vowel among them, or a known two-letter stem. */
const stemOk = (s: string) => (s.length >= 3 && anyVowel.test(s)) || shortStems.has(s);

/** An ending and the condition on what stands before it. */
type Ending = [suffix: string, before: (stem: string) => boolean];
const anything = () => true;

/**
 * Consonants after which an ending starts voiceless («мектеп-ке», «облыс-та»,
 * «жұмыс-тың»); б, в, г, ғ end loanwords and take either («клуб-қа»).
 */
const voiceless = new Set('кқпстфхцчшщ');
const loanVoiced = new Set('бвгғ');
/** Before a voiced ending («-да», «-ға», «-дың», «-дар»): a vowel or a voiced consonant. */
const voiced = (s: string) => s.length > 0 && (!voiceless.has(s.at(-1) ?? '') || loanVoiced.has(s.at(-1) ?? ''));
/** Before a voiceless ending («-та», «-қа», «-тың», «-тар»): a voiceless consonant. */
const unvoiced = (s: string) => voiceless.has(s.at(-1) ?? '') || loanVoiced.has(s.at(-1) ?? '');
const endingsAfter = (test: (s: string) => boolean, ...suffixes: string[]): Ending[] => suffixes.map((e): Ending => [e, test]);

/**
 * Case endings, longest first, each after the sounds that take it (Kazakh
 * endings agree with the sound before them); those after a possessive
 * («-нда», «-на», «-н») ask for its «-ы/-і» before them.
 */
const caseEndings: Ending[] = [
  ...endingsAfter(endsWithHigh, 'ндағы', 'ндегі'),
  ...endingsAfter(voiced, 'дағы', 'дегі'),
  ...endingsAfter(unvoiced, 'тағы', 'тегі'),
  ...endingsAfter(anything, 'ның', 'нің', 'нан', 'нен'),
  ...endingsAfter((s) => voiced(s) && endsWithConsonant(s), 'дың', 'дің'),
  ...endingsAfter(unvoiced, 'тың', 'тің', 'тан', 'тен', 'пен'),
  ...endingsAfter(voiced, 'дан', 'ден', 'мен', 'бен'),
  ...endingsAfter(endsWithHigh, 'нда', 'нде', 'на', 'не'),
  ...endingsAfter(voiced, 'да', 'де', 'ға', 'ге'),
  ...endingsAfter(unvoiced, 'та', 'те', 'қа', 'ке'),
  ...endingsAfter((s) => endsWithVowel(s) && !nStems.has(`${s}н`), 'ны', 'ні'),
  ...endingsAfter((s) => voiced(s) && endsWithConsonant(s), 'ды', 'ді'),
  ...endingsAfter((s) => unvoiced(s) && !consonantT.has(`${s}т`), 'ты', 'ті'),
  ...endingsAfter((s) => endsWithHigh(s) && !nStems.has(`${s}н`), 'н'),
];

/** Possessive endings: 1st person plural and 3rd person. */
const possessiveEndings: Ending[] = [
  ...endingsAfter(endsWithConsonant, 'ымыз', 'іміз'),
  ...endingsAfter(endsWithVowel, 'мыз', 'міз'),
  ...endingsAfter((s) => endsWithVowel(s) && !vowelS.has(`${s}с`), 'сы', 'сі'),
  ...endingsAfter(endsWithConsonant, 'ы', 'і'),
];

const pluralEndings: Ending[] = [...endingsAfter(voiced, 'лар', 'лер', 'дар', 'дер'), ...endingsAfter(unvoiced, 'тар', 'тер')];

/** Takes the first ending of `endings` that `word` has, where what stands before it allows it; else undefined. */
function strip(word: string, endings: readonly Ending[]): string | undefined {
  for (const [suffix, before] of endings) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    if (stemOk(stem) && before(stem)) return stem;
  }
  return undefined;
}

/** Puts back what a vowel ending changed at the end of a stem: the voiced consonant, the dropped vowel. */
function restore(stem: string): string {
  for (const [short, whole] of elided) if (stem.endsWith(short)) return stem.slice(0, -short.length) + whole;
  const last = stem.at(-1) ?? '';
  const voiceless = devoiced[last];
  return voiceless !== undefined && stem.length > 2 ? stem.slice(0, -1) + voiceless : stem;
}

/**
 * The key of one Kazakh word (letters only, any case): lower case, then one
 * inflectional ending after another taken off its end (a case ending, else a
 * possessive, else a plural, the first that fits), each time from the top, so
 * that the key of a form is the key of what is left when its last ending goes:
 * «тұрғындарының» → «тұрғындары» → «тұрғындар» → «тұрғын», and every form of a
 * word reduces to the key of the bare word.
 */
export function stemKazakhWord(word: string): string {
  let stem = word.toLowerCase();
  for (let step = 0; step < 12 && !keep.has(stem); step++) {
    const shorter = strip(stem, caseEndings) ?? strip(stem, possessiveEndings) ?? strip(stem, pluralEndings);
    if (shorter === undefined) break;
    stem = restore(shorter);
  }
  return stem;
}

/** Runs of Cyrillic letters: the words a Kazakh text is stemmed by; Latin words, numbers and ids stay as written. */
const cyrillicWord = /[\p{Script=Cyrillic}]+/gu;

/**
 * The text with each Cyrillic word replaced by its key and everything else
 * (spaces, punctuation, hyphens, numbers, Latin) as it was, so the text has
 * the same words at the same places: the index built from it points at the
 * words of the original text, which the reader sees (shown-words.ts).
 */
export function stemKazakhText(text: string): string {
  return text.replace(cyrillicWord, (word) => stemKazakhWord(word));
}

/**
 * A reader's query for the Kazakh index: each Kazakh word replaced by its key,
 * so «жолдың» finds what «жол» finds; quotes, Latin words and numbers as typed.
 */
export function stemKazakhQuery(query: string): string {
  return stemKazakhText(query.trim().replace(/\s+/g, ' '));
}
