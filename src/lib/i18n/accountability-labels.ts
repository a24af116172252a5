/** Labels of the closed sets of calendars, rules and accountability figures, in each language. */
import type { Meaning } from '../../schemas/common.ts';
import type { calendarCorrectionKinds, calendarEntryKinds, maslikhatActs } from '../../schemas/calendar.ts';
import type { obligationHolders, obligationPeriods, obligationPlaces } from '../../schemas/obligations.ts';
import type { entryOutcomes } from '../accountability/calendar.ts';

type Labels<T extends readonly string[]> = Record<T[number], Meaning>;

/** What became of a planned meeting. */
export const entryOutcomeLabels: Labels<typeof entryOutcomes> = {
  'on-time': { kk: 'Мерзімінде өтті', ru: 'Проведена в срок', en: 'Held on time' },
  late: { kk: 'Кешігіп өтті', ru: 'Проведена с опозданием', en: 'Held late' },
  'not-held': { kk: 'Өткізілмеді', ru: 'Не проведена', en: 'Not held' },
  dropped: { kk: 'Күнтізбеден алынды', ru: 'Исключена из календаря', en: 'Dropped from the calendar' },
  'not-yet-due': { kk: 'Мерзімі әлі келген жоқ', ru: 'Срок ещё не наступил', en: 'Not yet due' },
};

export const correctionKindLabels: Labels<typeof calendarCorrectionKinds> = {
  added: { kk: 'Кездесу қосылды', ru: 'Встреча добавлена', en: 'Meeting added' },
  moved: { kk: 'Кездесу мерзімі ауыстырылды', ru: 'Встреча перенесена', en: 'Meeting moved' },
  dropped: { kk: 'Кездесу алынып тасталды', ru: 'Встреча исключена', en: 'Meeting dropped' },
};

export const entryKindLabels: Labels<typeof calendarEntryKinds> = {
  outreach: { kk: 'Көшпелі кездесу', ru: 'Выездная встреча', en: 'Outreach meeting' },
  report: { kk: 'Тұрғындар алдындағы есеп', ru: 'Отчёт перед населением', en: 'Report to residents' },
};

export const maslikhatActLabels: Labels<typeof maslikhatActs> = {
  agreement: { kk: 'Мәслихаттың келісімі', ru: 'Согласование маслихата', en: 'Maslikhat’s agreement' },
  notice: { kk: 'Мәслихатты хабардар ету', ru: 'Уведомление маслихата', en: 'Notice to the maslikhat' },
};

export const obligationHolderLabels: Labels<typeof obligationHolders> = {
  'region-akim': { kk: 'Облыс әкімі', ru: 'Аким области', en: 'Akim of a region' },
  'city-akim': { kk: 'Республикалық маңызы бар қаланың әкімі', ru: 'Аким города республиканского значения', en: 'Akim of a city of republican significance' },
  'district-akim': { kk: 'Аудан әкімі', ru: 'Аким района', en: 'District akim' },
  'town-akim': { kk: 'Облыстық маңызы бар қаланың әкімі', ru: 'Аким города областного значения', en: 'Akim of a city of regional significance' },
  'rural-akim': { kk: 'Ауылдық округ әкімі', ru: 'Аким сельского округа', en: 'Rural okrug akim' },
  minister: { kk: 'Орталық мемлекеттік орган басшысы', ru: 'Руководитель центрального государственного органа', en: 'Head of a central government body' },
};

export const obligationPlaceLabels: Labels<typeof obligationPlaces> = {
  districts: { kk: 'Әр аудан және облыстық маңызы бар қала', ru: 'Каждый район и город областного значения', en: 'Each district and city of regional significance' },
  'city-districts': { kk: 'Қаланың әр ауданы', ru: 'Каждый район города', en: 'Each district of the city' },
  settlements: { kk: 'Әр кент және ауылдық округ', ru: 'Каждый посёлок и сельский округ', en: 'Each town and rural okrug' },
  villages: { kk: 'Әр ауыл', ru: 'Каждое село', en: 'Each village' },
  anywhere: { kk: 'Кез келген жерде', ru: 'В любом месте', en: 'Anywhere' },
};

export const periodKindLabels: Labels<typeof obligationPeriods> = {
  quarter: { kk: 'Тоқсан', ru: 'Квартал', en: 'Quarter' },
  'half-year': { kk: 'Жарты жыл', ru: 'Полугодие', en: 'Half-year' },
  year: { kk: 'Жыл', ru: 'Год', en: 'Year' },
};

export const coverageMeasures = ['places', 'anywhere', 'not-measured', 'no-data'] as const;
export const coverageMeasureLabels: Labels<typeof coverageMeasures> = {
  places: { kk: 'Жерлер бойынша', ru: 'По местам', en: 'By places' },
  anywhere: { kk: 'Кез келген жердегі кездесулер саны', ru: 'Число встреч в любом месте', en: 'Number of meetings anywhere' },
  'not-measured': { kk: 'Өлшенбейді: мазмұнда ауылдар тізімі жоқ', ru: 'Не измеряется: в содержимом нет списка сёл', en: 'Not measured: the content lists no villages' },
  'no-data': { kk: 'Деректер жоқ: жазба бұл кезең басталғаннан кейін басталады', ru: 'Нет данных: запись начинается после начала этого периода', en: 'No data: the record begins after this period began' },
};

