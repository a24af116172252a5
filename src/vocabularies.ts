/**
 * The closed sets of values Kezdesu's content, logic and pages speak in: ids
 * only, no labels and no imports, so schemas, logic and pages all depend on
 * this module and it depends on nothing. Each set is one `as const` array;
 * a `Record` keyed by one is total, so a new value fails to compile until
 * every such record handles it.
 *
 * What each value is called is in the translation files
 * (`translations/{lang}.json`), under the key family given in
 * `vocabularies` below: `status.received`, `category.water`, … The labels
 * are read with `label`/`labels` (src/lib/i18n/labels.ts), and a test checks
 * that every id has its key in every language.
 */

/**
 * The site's languages, one line each, the default (Kazakh) first: its code
 * (also the name of its file, `translations/{code}.json`, and of its pages'
 * folder, `/{code}/`), the languages a content text is shown in when it has
 * none in this one, in order (`pickText`), and its writing direction (the
 * pages' `dir`). The translation files are read from this list, and a file
 * without a line or a line without a file stops every command (README,
 * "Adding a language").
 */
export const languageList = [
  { code: 'kk', fallback: ['ru', 'en'], dir: 'ltr', stemmer: 'kazakh' },
  { code: 'ru', fallback: ['kk', 'en'], dir: 'ltr' },
  { code: 'en', fallback: ['ru', 'kk'], dir: 'ltr' },
] as const satisfies readonly LanguageLine[];

/** One line of `languageList`. */
export interface LanguageLine {
  /** ISO 639-1 code, or a BCP 47 tag such as `kk-Latn`. */
  readonly code: string;
  /** Codes of the listed languages to show a content text in when it is not written in this one, in order. */
  readonly fallback: readonly string[];
  /** Writing direction. */
  readonly dir: 'ltr' | 'rtl';
  /**
   * The stemmer the site applies itself to the language's words before
   * Pagefind indexes them and to a reader's query (src/lib/search/): for a
   * language Pagefind cannot stem. Pagefind stems Russian and English itself.
   */
  readonly stemmer?: 'kazakh';
}

export type Language = (typeof languageList)[number]['code'];
/** The codes of the site's languages, in the list's order; Kazakh is the default. */
export const languages = languageList.map((line) => line.code) as readonly Language[] as readonly [Language, ...Language[]];

/** Statuses of an issue; the transitions between them are one table in src/lib/issues/status.ts. */
export const statusIds = ['received', 'in-review', 'planned', 'in-progress', 'resolved', 'explained', 'declined', 'referred', 'duplicate'] as const;
export type StatusId = (typeof statusIds)[number];

/** The fixed category taxonomy of issues. */
export const categoryIds = [
  'mobile-internet',
  'electricity',
  'gas',
  'water',
  'roads-transport',
  'housing-utilities',
  'health',
  'education',
  'social-support',
  'employment',
  'agriculture',
  'public-order',
  'environment',
  'other',
] as const;
export type CategoryId = (typeof categoryIds)[number];

/**
 * The bodies an issue can be assigned to. Local akimats are listed by level:
 * the issue's place says which one (the akimat of its district, say), so one
 * id serves all 20 regions.
 */
export const bodyIds = [
  'region-akimat',
  'district-akimat',
  'rural-akimat',
  'maslikhat',
  'min-digital',
  'min-energy',
  'min-industry',
  'min-transport',
  'min-health',
  'min-education',
  'min-labour',
  'min-agriculture',
  'min-water',
  'min-ecology',
  'min-interior',
  'min-emergencies',
  'min-economy',
  'min-information',
  'kazakhtelecom',
  'kegoc',
  'qazaqgaz',
  'power-distribution',
  'water-utility',
] as const;
export type BodyId = (typeof bodyIds)[number];

/** Who holds a meeting: an akim of a level, or a minister (the head of a central government body). */
export const holderLevels = ['region', 'city', 'district', 'rural-okrug', 'minister'] as const;
export type HolderLevel = (typeof holderLevels)[number];

/** How a meeting is held. */
export const meetingFormats = ['in-person', 'hybrid', 'online'] as const;
export type MeetingFormat = (typeof meetingFormats)[number];

/** A meeting's recorded status. */
export const meetingStatuses = ['scheduled', 'held', 'postponed', 'cancelled'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

/** Meeting statuses as pages show them: the recorded ones, and `not-reported` for a meeting whose day passed with no outcome recorded. */
export const shownMeetingStatuses = [...meetingStatuses, 'not-reported'] as const;
export type ShownMeetingStatus = (typeof shownMeetingStatuses)[number];

/** Where a meeting is announced. */
export const announcementChannels = ['newspaper', 'tv', 'radio', 'website', 'social', 'egov', 'open-data', 'notice-board'] as const;
export type AnnouncementChannel = (typeof announcementChannels)[number];

/** Kinds of entry in a meeting's log. */
export const meetingChangeKinds = ['postponed', 'cancelled', 'held', 'materials', 'corrected', 'minutes'] as const;
export type MeetingChangeKind = (typeof meetingChangeKinds)[number];

/** What a correction of a meeting may change. */
export const meetingCorrectableFields = ['start', 'end', 'venue', 'address'] as const;
export type MeetingCorrectableField = (typeof meetingCorrectableFields)[number];

/** A meeting's other published facts, as the history guard names them when changed in place (a `corrected` entry corrects them). */
export const meetingFacts = ['format', 'stream', 'office', 'body', 'district', 'settlement', 'calendarEntry', 'outsideCalendar'] as const;
export type MeetingFact = (typeof meetingFacts)[number];
/** An issue's other published facts, as the history guard names them when changed in place (a `details` entry corrects them). */
export const issueFacts = ['category', 'body', 'district', 'settlement', 'measure'] as const;
export type IssueFact = (typeof issueFacts)[number];
/** Kinds of change in an issue's change log, beside its status history. */
export const issueChangeKinds = ['progress', 'deadline', 'financing', 'correction', 'details'] as const;
export type IssueChangeKind = (typeof issueChangeKinds)[number];

/** The texts of an issue a correction may change. */
export const correctableFields = ['title', 'description'] as const;
export type CorrectableField = (typeof correctableFields)[number];

/** Where the money for an issue comes from. */
export const financingSources = ['local', 'republican', 'other'] as const;
export type FinancingSource = (typeof financingSources)[number];

/** An oblast, or a city of republican significance (Astana, Almaty, Shymkent). */
export const regionKinds = ['oblast', 'city'] as const;
export type RegionKind = (typeof regionKinds)[number];

/** A district, a city of regional significance, or a district of a city. */
export const districtKinds = ['district', 'city', 'city-district'] as const;
export type DistrictKind = (typeof districtKinds)[number];

/** Kinds of planned meeting in a region's calendar. */
export const calendarEntryKinds = ['outreach', 'report'] as const;
export type CalendarEntryKind = (typeof calendarEntryKinds)[number];

/** Kinds of correction of a region's calendar. */
export const calendarCorrectionKinds = ['added', 'moved', 'dropped'] as const;
export type CalendarCorrectionKind = (typeof calendarCorrectionKinds)[number];

/** What the maslikhat did about a calendar or its correction: agreed to it, or was notified. */
export const maslikhatActs = ['agreement', 'notice'] as const;
export type MaslikhatAct = (typeof maslikhatActs)[number];

/**
 * Who an obligation binds. `region-akim`: the akim of an oblast;
 * `city-akim`: the akim of Astana, Almaty or Shymkent; `district-akim`: a
 * district akim; `town-akim`: the akim of a city of regional significance;
 * `rural-akim`: a rural okrug akim; `minister`: the head of a central
 * government body.
 */
export const obligationHolders = ['region-akim', 'city-akim', 'district-akim', 'town-akim', 'rural-akim', 'minister'] as const;
export type ObligationHolder = (typeof obligationHolders)[number];

/**
 * Where the holder must meet residents: each district and city of regional
 * significance of the region, each district of the city, each town and rural
 * okrug of the district, each village of the okrug, or anywhere (a number of
 * meetings, for ministers).
 */
export const obligationPlaces = ['districts', 'city-districts', 'settlements', 'villages', 'anywhere'] as const;
export type ObligationPlace = (typeof obligationPlaces)[number];

/** The periods obligations are counted in. */
export const obligationPeriods = ['quarter', 'half-year', 'year'] as const;
export type ObligationPeriod = (typeof obligationPeriods)[number];

/** What became of a planned meeting, as of the build day (src/lib/accountability/calendar.ts says how each is decided). */
export const entryOutcomes = ['on-time', 'late', 'not-held', 'dropped', 'not-yet-due'] as const;
export type EntryOutcome = (typeof entryOutcomes)[number];

/** How the coverage of places is measured for an office. */
export const coverageMeasures = ['places', 'anywhere', 'not-measured', 'no-data'] as const;
export type CoverageMeasure = (typeof coverageMeasures)[number];

/** What a cell of an open-data file holds; `list` is several values in one cell, separated by single spaces. */
export const columnTypes = ['string', 'integer', 'number', 'boolean', 'date', 'datetime', 'url', 'list'] as const;
export type ColumnType = (typeof columnTypes)[number];

/** Kinds of search records, the `type` filter of search. */
export const searchTypes = ['issue', 'meeting', 'region', 'district', 'measure'] as const;
export type SearchType = (typeof searchTypes)[number];

/**
 * The spreadsheet templates akimat data editors fill in, in the order the
 * record needs them: official contacts first, so a text that gives a hotline
 * can be imported with it; a meeting is held before issues raised at it are
 * added.
 */
export const importKinds = ['contacts', 'calendar', 'meetings', 'meeting-changes', 'issues', 'status', 'changes'] as const;
export type ImportKind = (typeof importKinds)[number];

/** Kinds of residents' personal data the site refuses to publish. */
export const personalDataKinds = ['iin', 'phone', 'email', 'iin-like'] as const;
export type PersonalDataKind = (typeof personalDataKinds)[number];

/** What a change to the list of official contacts did. */
export const contactChanges = ['added', 'removed'] as const;
export type ContactChange = (typeof contactChanges)[number];

/**
 * Every vocabulary whose values have a label, by the key family of its labels
 * in the translation files: the label of `id` in `family` is the key
 * `family.id`.
 */
export const vocabularies = {
  language: languages,
  /** A language as a text is written in it: «қазақша», «на казахском языке», “in Kazakh”. */
  inLanguage: languages,
  status: statusIds,
  category: categoryIds,
  body: bodyIds,
  holderLevel: holderLevels,
  format: meetingFormats,
  meetingStatus: shownMeetingStatuses,
  channel: announcementChannels,
  meetingChange: meetingChangeKinds,
  meetingField: meetingCorrectableFields,
  meetingFact: meetingFacts,
  issueChange: issueChangeKinds,
  issueField: correctableFields,
  issueFact: issueFacts,
  financingSource: financingSources,
  regionKind: regionKinds,
  districtKind: districtKinds,
  calendarEntryKind: calendarEntryKinds,
  calendarCorrection: calendarCorrectionKinds,
  maslikhatAct: maslikhatActs,
  obligationHolder: obligationHolders,
  obligationPlace: obligationPlaces,
  period: obligationPeriods,
  entryOutcome: entryOutcomes,
  coverageMeasure: coverageMeasures,
  columnType: columnTypes,
  searchType: searchTypes,
  importKind: importKinds,
  personalData: personalDataKinds,
  contactChange: contactChanges,
} as const;
export type Vocabulary = keyof typeof vocabularies;
/** The ids of one vocabulary. */
export type VocabularyId<V extends Vocabulary> = (typeof vocabularies)[V][number];
