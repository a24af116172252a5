/** Labels of the closed sets that meetings and places use, in each language. */
import type { ShownMeetingStatus } from '../meetings/outcome.ts';
import type { Language } from '../../schemas/common.ts';
import type { districtKinds } from '../../schemas/district.ts';
import type { announcementChannels, holderLevels, meetingChangeKinds, meetingFormats, meetingStatuses } from '../../schemas/meeting.ts';
import type { regionKinds } from '../../schemas/region.ts';
import type { correctableFields, issueChangeKinds } from '../../schemas/issue.ts';

type Labels<T extends readonly string[]> = Record<T[number], Record<Language, string>>;

export const meetingFormatLabels: Labels<typeof meetingFormats> = {
  'in-person': { kk: 'Күндізгі', ru: 'Очно', en: 'In person' },
  hybrid: { kk: 'Аралас (күндізгі және трансляция)', ru: 'Смешанный (очно и трансляция)', en: 'Hybrid (in person and streamed)' },
  online: { kk: 'Онлайн', ru: 'Онлайн', en: 'Online' },
};

export const meetingStatusLabels: Labels<typeof meetingStatuses> = {
  scheduled: { kk: 'Жоспарланған', ru: 'Запланирована', en: 'Scheduled' },
  held: { kk: 'Өтті', ru: 'Состоялась', en: 'Held' },
  postponed: { kk: 'Шегерілді', ru: 'Перенесена', en: 'Postponed' },
  cancelled: { kk: 'Болдырылмады', ru: 'Отменена', en: 'Cancelled' },
};

/** Meeting statuses as pages show them: the recorded ones, and "outcome not reported" for a meeting whose day passed without one. */
export const shownMeetingStatusLabels: Record<ShownMeetingStatus, Record<Language, string>> = {
  ...meetingStatusLabels,
  'not-reported': { kk: 'Нәтижесі хабарланбаған', ru: 'Итоги не сообщены', en: 'Outcome not reported' },
};

/** Kinds of change in an issue's change log, as editors write them in a spreadsheet and readers see them in open data. */
export const issueChangeKindLabels: Labels<typeof issueChangeKinds> = {
  progress: { kk: 'Жұмыс барысы', ru: 'Ход работ', en: 'Progress' },
  deadline: { kk: 'Мерзім', ru: 'Срок', en: 'Deadline' },
  financing: { kk: 'Қаржыландыру', ru: 'Финансирование', en: 'Financing' },
  correction: { kk: 'Түзету', ru: 'Исправление', en: 'Correction' },
  details: { kk: 'Мәліметтер түзетілді', ru: 'Сведения исправлены', en: 'Details corrected' },
};

/** The texts of an issue a correction may change, as editors write them in a spreadsheet and readers see them in open data. */
export const correctableFieldLabels: Labels<typeof correctableFields> = {
  title: { kk: 'Атауы', ru: 'Название', en: 'Title' },
  description: { kk: 'Сипаттамасы', ru: 'Описание', en: 'Description' },
};

/** Kinds of entry in a meeting's log, as editors write them in a spreadsheet and readers see them on the page and in open data. */
export const meetingChangeKindLabels: Labels<typeof meetingChangeKinds> = {
  postponed: { kk: 'Шегерілді', ru: 'Перенесена', en: 'Postponed' },
  cancelled: { kk: 'Болдырылмады', ru: 'Отменена', en: 'Cancelled' },
  held: { kk: 'Өтті', ru: 'Состоялась', en: 'Held' },
  materials: { kk: 'Материалдар қосылды', ru: 'Добавлены материалы', en: 'Materials added' },
  corrected: { kk: 'Түзетілді', ru: 'Исправлено', en: 'Corrected' },
  minutes: { kk: 'Хаттама түзетілді', ru: 'Протокол исправлен', en: 'Minutes corrected' },
};

/** The site's languages named in each language («казахский», «қазақ тілі»): one table, kept with the schemas that also need it. */
export { languageLabels } from '../../schemas/common.ts';

export const channelLabels: Labels<typeof announcementChannels> = {
  newspaper: { kk: 'Газет', ru: 'Газета', en: 'Newspaper' },
  tv: { kk: 'Телеарна', ru: 'Телевидение', en: 'TV' },
  radio: { kk: 'Радио', ru: 'Радио', en: 'Radio' },
  website: { kk: 'Сайт', ru: 'Сайт', en: 'Website' },
  social: { kk: 'Әлеуметтік желі', ru: 'Соцсеть', en: 'Social network' },
  egov: { kk: 'eGov', ru: 'eGov', en: 'eGov' },
  'open-data': { kk: 'Ашық деректер порталы', ru: 'Портал открытых данных', en: 'Open-data portal' },
  'notice-board': { kk: 'Хабарландыру тақтасы', ru: 'Доска объявлений', en: 'Public notice board' },
};

export const holderLevelLabels: Labels<typeof holderLevels> = {
  region: { kk: 'Облыс әкімі', ru: 'Аким области', en: 'Regional akim' },
  city: { kk: 'Қала әкімі', ru: 'Аким города', en: 'City akim' },
  district: { kk: 'Аудан әкімі', ru: 'Аким района', en: 'District akim' },
  'rural-okrug': { kk: 'Ауылдық округ әкімі', ru: 'Аким сельского округа', en: 'Rural okrug akim' },
  minister: { kk: 'Министр', ru: 'Министр', en: 'Minister' },
};

export const financingSourceLabels: Record<'local' | 'republican' | 'other', Record<Language, string>> = {
  local: { kk: 'жергілікті бюджет', ru: 'местный бюджет', en: 'local budget' },
  republican: { kk: 'республикалық бюджет', ru: 'республиканский бюджет', en: 'republican budget' },
  other: { kk: 'басқа көздер', ru: 'другие источники', en: 'other sources' },
};

export const regionKindLabels: Labels<typeof regionKinds> = {
  oblast: { kk: 'Облыс', ru: 'Область', en: 'Oblast' },
  city: { kk: 'Республикалық маңызы бар қала', ru: 'Город республиканского значения', en: 'City of republican significance' },
};

export const districtKindLabels: Labels<typeof districtKinds> = {
  district: { kk: 'Аудан', ru: 'Район', en: 'District' },
  city: { kk: 'Облыстық маңызы бар қала', ru: 'Город областного значения', en: 'City of regional significance' },
  'city-district': { kk: 'Қаладағы аудан', ru: 'Район в городе', en: 'District of a city' },
};
