/**
 * The labels of the vocabularies (src/vocabularies.ts), read from the
 * translation files: the label of `id` in `family` is the key `family.id`.
 * Every page, press text, feed, open-data file and editor's message names a
 * value through these helpers, so one value has one name everywhere.
 */
import { languages, vocabularies, type Language, type StatusId, type Vocabulary, type VocabularyId } from '../../vocabularies.ts';
import { kazakhGenitive } from './kazakh-genitive.ts';
import { t, tf, type TranslationKey } from './translations.ts';

/** A text in each of the site's languages. */
export type Labelled = Record<Language, string>;

/** The translation key of a value's label. */
export type LabelKey<V extends Vocabulary> = V extends Vocabulary ? `${V}.${VocabularyId<V>}` : never;

// Fails to compile when a value of a vocabulary has no label key in translations/en.json.
const everyLabelIsAKey: LabelKey<Vocabulary> extends TranslationKey ? true : never = true;
void everyLabelIsAKey;

/** The key of the label of `id` in `vocabulary`. */
export function labelKey<V extends Vocabulary>(vocabulary: V, id: VocabularyId<V>): TranslationKey {
  return `${vocabulary}.${id}` as TranslationKey;
}

/** The label of `id` in `vocabulary`, in one language. */
export function label<V extends Vocabulary>(lang: Language, vocabulary: V, id: VocabularyId<V>): string {
  return t(lang, labelKey(vocabulary, id));
}

/** The label of `id` in `vocabulary`, in every language. */
export function labels<V extends Vocabulary>(vocabulary: V, id: VocabularyId<V>): Labelled {
  return Object.fromEntries(languages.map((lang) => [lang, label(lang, vocabulary, id)])) as Labelled;
}

/** The labels of every value of a vocabulary, in every language. */
export function labelTable<V extends Vocabulary>(vocabulary: V): Record<VocabularyId<V>, Labelled> {
  return Object.fromEntries((vocabularies[vocabulary] as readonly VocabularyId<V>[]).map((id) => [id, labels(vocabulary, id)])) as Record<VocabularyId<V>, Labelled>;
}

/** A label as it reads inside a sentence ("once per quarter", "…: held late"): its first letter in lower case. */
export function inSentence(text: string): string {
  return text.charAt(0).toLocaleLowerCase() + text.slice(1);
}

export const meetingFormatLabels = labelTable('format');
/** Meeting statuses as pages show them: the recorded ones, and "outcome not reported" for a meeting whose day passed without one. */
export const shownMeetingStatusLabels = labelTable('meetingStatus');
export const meetingStatusLabels = shownMeetingStatusLabels;
/** Kinds of change in an issue's change log, as editors write them in a spreadsheet and readers see them in open data. */
export const issueChangeKindLabels = labelTable('issueChange');
/** The texts of an issue a correction may change, as editors write them in a spreadsheet and readers see them in open data. */
export const correctableFieldLabels = labelTable('issueField');
/** Kinds of entry in a meeting's log, as editors write them in a spreadsheet and readers see them on the page and in open data. */
export const meetingChangeKindLabels = labelTable('meetingChange');
/** The site's languages named in each language («казахский», «қазақ тілі»). */
export const languageLabels = labelTable('language');
export const channelLabels = labelTable('channel');
export const holderLevelLabels = labelTable('holderLevel');
export const financingSourceLabels = labelTable('financingSource');
export const regionKindLabels = labelTable('regionKind');
export const districtKindLabels = labelTable('districtKind');
/** What became of a planned meeting. */
export const entryOutcomeLabels = labelTable('entryOutcome');
export const correctionKindLabels = labelTable('calendarCorrection');
export const entryKindLabels = labelTable('calendarEntryKind');
export const maslikhatActLabels = labelTable('maslikhatAct');
export const obligationHolderLabels = labelTable('obligationHolder');
export const obligationPlaceLabels = labelTable('obligationPlace');
export const periodKindLabels = labelTable('period');
export const coverageMeasureLabels = labelTable('coverageMeasure');

/** What an issue status means, or what the resident can expect next, as the issue page and the methodology page say it. */
export function statusText(lang: Language, part: 'meaning' | 'next', status: StatusId): string {
  return t(lang, `status.${part}.${status}` as TranslationKey);
}

/** The local bodies whose name is said with their place. */
export const localBodies = ['region-akimat', 'district-akimat', 'rural-akimat'] as const;
export type LocalBody = (typeof localBodies)[number];

/**
 * A local body named with its place, as one name: «Жарма ауданының
 * әкімдігі», «Акимат (Жарминский район)», “Akimat of Zharma District”. The
 * place must be written in `lang`; in Kazakh an akimat's place takes the
 * genitive.
 */
export function localBodyName(lang: Language, body: LocalBody, place: string): string {
  const shown = lang === 'kk' && body !== 'rural-akimat' ? kazakhGenitive(place) : place;
  return tf(lang, `body.of.${body}`, { place: shown });
}
