/**
 * The spreadsheet templates akimat data editors fill in: official contacts
 * that may be published (the allow-list of the personal-data check), new
 * a region's calendar of meetings (the planned meetings as approved, then its
 * corrections: added, moved or dropped, each with its maslikhat reference),
 * meetings (an akim's or a minister's, with the calendar entry they fulfil
 * or why they are outside the calendar),
 * updates of published meetings (postponed, cancelled, held, materials,
 * corrections, further announcements), new issues, status updates of
 * existing issues, and their other changes (progress, a deadline set or
 * moved, financing decided or changed, a corrected title or
 * description). Headings are Kazakh and
 * Russian ("Күні / Дата"); the example row is valid against the test fixture
 * and shows the accepted spellings (labels instead of codes, dd.mm.yyyy dates).
 */
import type { ColumnSpec } from './csv.ts';
import type { ImportKind } from '../../vocabularies.ts';


const col = <K extends string>(key: K, kk: string, ru: string, required: boolean, example: string): ColumnSpec<K> => ({ key, kk, ru, required, example });

export const meetingColumns = [
  col('region', 'Облыс / қала', 'Область / город', true, 'Абай'),
  col('district', 'Аудан', 'Район', false, 'Абай ауданы'),
  col('settlementKato', 'Елді мекеннің КАТО коды', 'Код КАТО населённого пункта', false, ''),
  col('settlementName', 'Елді мекен', 'Населённый пункт', false, 'Қарауыл ауылы'),
  col('level', 'Әкімнің деңгейі', 'Уровень акима', true, 'Аудан әкімі'),
  col('body', 'Орган (министр үшін)', 'Орган (для министра)', false, ''),
  col('officeKk', 'Кездесуді өткізетін әкім (қазақша)', 'Кто проводит встречу (на казахском)', false, 'Абай ауданының әкімі'),
  col('officeRu', 'Кездесуді өткізетін әкім (орысша)', 'Кто проводит встречу (на русском)', false, 'Аким Абайского района'),
  col('venueKk', 'Өтетін орны (қазақша)', 'Место проведения (на казахском)', false, 'Мәдениет үйі'),
  col('venueRu', 'Өтетін орны (орысша)', 'Место проведения (на русском)', false, 'Дом культуры'),
  col('addressKk', 'Мекенжайы (қазақша)', 'Адрес (на казахском)', false, 'Абай көшесі, 12, Қарауыл'),
  col('addressRu', 'Мекенжайы (орысша)', 'Адрес (на русском)', false, 'улица Абая, 12, Караул'),
  col('date', 'Күні', 'Дата', true, '20.07.2026'),
  col('startTime', 'Басталу уақыты', 'Время начала', true, '11:00'),
  col('endTime', 'Аяқталу уақыты', 'Время окончания', true, '13:00'),
  col('format', 'Өткізу түрі', 'Формат', true, 'Аралас (бетпе-бет және онлайн)'),
  col('stream', 'Трансляция сілтемесі', 'Ссылка на трансляцию', false, 'https://abay.example.kz/live'),
  col('status', 'Мәртебесі', 'Статус', true, 'Жоспарланды'),
  col('calendarEntry', 'Күнтізбе жазбасының нөмірі', 'Номер записи календаря', false, ''),
  col('outsideCalendar', 'Күнтізбеден тыс өткізу себебі', 'Причина встречи вне календаря', false, 'Ауыл тұрғындарының өтініші бойынша'),
  col('reasonKk', 'Шегеру не болдырмау себебі (қазақша)', 'Причина переноса или отмены (на казахском)', false, ''),
  col('reasonRu', 'Шегеру не болдырмау себебі (орысша)', 'Причина переноса или отмены (на русском)', false, ''),
  col('attendance', 'Қатысушылар саны', 'Число участников', false, ''),
  col('announcementChannel', 'Хабарландыру арнасы', 'Канал анонса', false, 'Газет'),
  col('announcementOutlet', 'Хабарландыру жарияланған басылым', 'Издание, опубликовавшее анонс', false, 'Абай тынысы'),
  col('announcementUrl', 'Хабарландыру сілтемесі', 'Ссылка на анонс', false, ''),
  col('announcementIssue', 'Газет нөмірі', 'Номер газеты', false, '27 (10512)'),
  col('announcementDate', 'Хабарландыру күні', 'Дата анонса', false, '25.06.2026'),
] as const;
export type MeetingColumn = (typeof meetingColumns)[number]['key'];

export const meetingChangeColumns = [
  col('meeting', 'Кездесу нөмірі', 'Номер встречи', true, 'm-10-0002'),
  col('date', 'Күні', 'Дата', true, '20.06.2026'),
  col('kind', 'Жазба түрі', 'Вид записи', true, 'Перенесена'),
  col('reasonKk', 'Себебі (қазақша)', 'Причина (на казахском)', false, 'Боранға байланысты'),
  col('reasonRu', 'Себебі (орысша)', 'Причина (на русском)', false, 'В связи с бураном'),
  col('newDate', 'Жаңа күні', 'Новая дата', false, '24.07.2026'),
  col('startTime', 'Басталу уақыты', 'Время начала', false, '11:00'),
  col('endTime', 'Аяқталу уақыты', 'Время окончания', false, '13:00'),
  col('venueKk', 'Өтетін орны (қазақша)', 'Место проведения (на казахском)', false, ''),
  col('venueRu', 'Өтетін орны (орысша)', 'Место проведения (на русском)', false, ''),
  col('addressKk', 'Мекенжайы (қазақша)', 'Адрес (на казахском)', false, ''),
  col('addressRu', 'Мекенжайы (орысша)', 'Адрес (на русском)', false, ''),
  col('attendance', 'Қатысушылар саны', 'Число участников', false, ''),
  col('video', 'Бейнежазба (сілтемелер)', 'Видеозапись (ссылки)', false, ''),
  col('documents', 'Құжаттар (сілтемелер)', 'Документы (ссылки)', false, ''),
  col('coverageOutlet', 'Баспасөз материалын жариялаған басылым', 'Издание, опубликовавшее материал', false, ''),
  col('coverageTitle', 'Материалдың тақырыбы', 'Заголовок материала', false, ''),
  col('coverageUrl', 'Материалдың сілтемесі', 'Ссылка на материал', false, ''),
  col('minutesLang', 'Хаттаманың тілі', 'Язык протокола', false, ''),
  col('announcementChannel', 'Хабарландыру арнасы', 'Канал анонса', false, ''),
  col('announcementOutlet', 'Хабарландыру жарияланған басылым', 'Издание, опубликовавшее анонс', false, ''),
  col('announcementUrl', 'Хабарландыру сілтемесі', 'Ссылка на анонс', false, ''),
  col('announcementIssue', 'Газет нөмірі', 'Номер газеты', false, ''),
] as const;
export type MeetingChangeColumn = (typeof meetingChangeColumns)[number]['key'];

export const issueColumns = [
  col('meeting', 'Кездесу нөмірі', 'Номер встречи', true, 'm-10-0001'),
  col('raised', 'Мәселе көтерілген күн', 'Дата, когда поднят вопрос', false, '10.03.2026'),
  col('district', 'Аудан', 'Район', false, ''),
  col('settlementKato', 'Елді мекеннің КАТО коды', 'Код КАТО населённого пункта', false, ''),
  col('settlementName', 'Елді мекен', 'Населённый пункт', false, ''),
  col('category', 'Санаты', 'Категория', true, 'Ауыз су'),
  col('titleKk', 'Қысқаша атауы (қазақша)', 'Краткое название (на казахском)', false, 'Көшеде су құбыры жоқ'),
  col('titleRu', 'Қысқаша атауы (орысша)', 'Краткое название (на русском)', false, 'На улице нет водопровода'),
  col('descriptionKk', 'Сипаттамасы (қазақша)', 'Описание (на казахском)', false, 'Тұрғындар суды алыстан тасиды, су құбырын тартуды сұрайды.'),
  col('descriptionRu', 'Сипаттамасы (орысша)', 'Описание (на русском)', false, 'Жители носят воду издалека и просят провести водопровод.'),
  col('body', 'Жауапты орган', 'Ответственный орган', true, 'Аудан (қала) әкімдігі'),
  col('deadline', 'Орындау мерзімі', 'Срок исполнения', false, '31.12.2026'),
  col('measure', 'Іс-қимыл жоспарының шарасы', 'Мера плана действий', false, ''),
] as const;
export type IssueColumn = (typeof issueColumns)[number]['key'];

export const statusColumns = [
  col('issue', 'Мәселе нөмірі', 'Номер вопроса', true, 'i-10-00002'),
  col('date', 'Күні', 'Дата', true, '15.06.2026'),
  col('status', 'Мәртебесі', 'Статус', true, 'В работе'),
  col('noteKk', 'Түсініктеме (қазақша)', 'Примечание (на казахском)', false, 'Мердігер жұмысты бастады.'),
  col('noteRu', 'Түсініктеме (орысша)', 'Примечание (на русском)', false, 'Подрядчик приступил к работам.'),
  col('evidence', 'Дәлелдер (сілтемелер)', 'Подтверждения (ссылки)', false, ''),
  col('decision', 'Шешім нөмірі', 'Номер решения', false, ''),
  col('referredTo', 'Кімге жолданды', 'Кому передано', false, ''),
  col('duplicateOf', 'Қай мәселені қайталайды', 'Какой вопрос повторяет', false, ''),
] as const;
export type StatusColumn = (typeof statusColumns)[number]['key'];

export const changeColumns = [
  col('issue', 'Мәселе нөмірі', 'Номер вопроса', true, 'i-10-00002'),
  col('date', 'Күні', 'Дата', true, '20.06.2026'),
  col('kind', 'Өзгеріс түрі', 'Вид изменения', true, 'Срок'),
  col('deadline', 'Жаңа мерзім', 'Новый срок', false, '31.03.2027'),
  col('reasonKk', 'Себебі (қазақша)', 'Причина (на казахском)', false, 'Мердігер жұмысты кешіктірді.'),
  col('reasonRu', 'Себебі (орысша)', 'Причина (на русском)', false, 'Подрядчик задерживает работы.'),
  col('noteKk', 'Не істелді (қазақша)', 'Что сделано (на казахском)', false, ''),
  col('noteRu', 'Не істелді (орысша)', 'Что сделано (на русском)', false, ''),
  col('evidence', 'Дәлелдер (сілтемелер)', 'Подтверждения (ссылки)', false, ''),
  col('decision', 'Шешім нөмірі', 'Номер решения', false, ''),
  col('amount', 'Сомасы, теңге', 'Сумма, тенге', false, ''),
  col('source', 'Қаржы көзі', 'Источник средств', false, ''),
  col('maslikhatSession', 'Мәслихат сессиясы', 'Сессия маслихата', false, ''),
  col('maslikhatDate', 'Мәслихат шешімінің күні', 'Дата решения маслихата', false, ''),
  col('maslikhatNumber', 'Мәслихат шешімінің нөмірі', 'Номер решения маслихата', false, ''),
  col('maslikhatUrl', 'Мәслихат шешімінің сілтемесі', 'Ссылка на решение маслихата', false, ''),
  col('field', 'Не түзетілді', 'Что исправлено', false, ''),
  col('textKk', 'Түзетілген мәтін (қазақша)', 'Исправленный текст (на казахском)', false, ''),
  col('textRu', 'Түзетілген мәтін (орысша)', 'Исправленный текст (на русском)', false, ''),
] as const;
export type ChangeColumn = (typeof changeColumns)[number]['key'];

/**
 * Official contacts put on the allow-list, so the personal-data check lets
 * them through in published text: a phone, an e-mail or both, whose it is
 * and why it is public, the body or akimat, the region, the day.
 */
export const contactColumns = [
  col('phone', 'Телефон нөмірі', 'Номер телефона', false, '8 (7222) 00-00-00'),
  col('email', 'Электрондық пошта', 'Электронная почта', false, 'press@abay.example.kz'),
  col('whoseKk', 'Кімнің байланысы және неге жария (қазақша)', 'Чей контакт и почему публичный (на казахском)', false, 'Абай облысы әкімдігінің сенім телефоны және баспасөз қызметі'),
  col('whoseRu', 'Кімнің байланысы және неге жария (орысша)', 'Чей контакт и почему публичный (на русском)', false, 'Телефон доверия и пресс-служба акимата области Абай'),
  col('body', 'Органы немесе әкімдігі', 'Орган или акимат', true, 'Облыс (қала) әкімдігі'),
  col('region', 'Облыс / қала', 'Область / город', false, 'Абай'),
  col('date', 'Тізімге қосылған күні', 'Дата внесения в список', true, '01.06.2026'),
] as const;
export type ContactColumn = (typeof contactColumns)[number]['key'];

/**
 * A region's calendar of meetings for a year, as the akimat keeps it: one row
 * per planned meeting as approved (the approval's date, signatory and
 * maslikhat reference given once, in any of its rows), then one row per
 * correction — a meeting added, moved or dropped — with its own date, reason
 * and maslikhat reference. The editor keeps one sheet for the year and
 * imports it again after each correction: rows already in the calendar are
 * skipped.
 */
export const calendarColumns = [
  col('region', 'Облыс / қала', 'Область / город', true, 'Абай'),
  col('year', 'Күнтізбе жылы', 'Год календаря', true, '2026'),
  col('correction', 'Түзету түрі', 'Вид корректировки', false, ''),
  col('entry', 'Күнтізбе жазбасының нөмірі', 'Номер записи календаря', false, ''),
  col('level', 'Әкімнің деңгейі', 'Уровень акима', false, 'Аудан әкімі'),
  col('holderDistrict', 'Әкімнің ауданы не қаласы', 'Район или город акима', false, 'Абай ауданы'),
  col('holderOkrugKato', 'Ауылдық округ әкімінің округі (КАТО коды)', 'Сельский округ акима (код КАТО)', false, ''),
  col('district', 'Кездесу өтетін аудан', 'Район встречи', false, 'Абай ауданы'),
  col('settlementKato', 'Елді мекеннің КАТО коды', 'Код КАТО населённого пункта', false, ''),
  col('settlementName', 'Елді мекен', 'Населённый пункт', false, ''),
  col('from', 'Жоспарланған мерзімнің басы', 'Плановый срок: начало', false, '01.09.2026'),
  col('to', 'Жоспарланған мерзімнің соңы', 'Плановый срок: конец', false, '30.09.2026'),
  col('kind', 'Кездесу түрі', 'Вид встречи', false, 'Көшпелі кездесу'),
  col('approvedDate', 'Күнтізбе бекітілген күн', 'Дата утверждения календаря', false, '12.01.2026'),
  col('approvedByKk', 'Кім бекітті (қазақша)', 'Кем утверждён (на казахском)', false, 'Абай облысының әкімі'),
  col('approvedByRu', 'Кім бекітті (орысша)', 'Кем утверждён (на русском)', false, 'Аким области Абай'),
  col('approvedUrl', 'Бекітілген күнтізбенің сілтемесі', 'Ссылка на утверждённый календарь', false, ''),
  col('date', 'Түзету күні', 'Дата корректировки', false, ''),
  col('reasonKk', 'Түзету себебі (қазақша)', 'Причина корректировки (на казахском)', false, ''),
  col('reasonRu', 'Түзету себебі (орысша)', 'Причина корректировки (на русском)', false, ''),
  col('maslikhatAct', 'Мәслихат актісі', 'Акт маслихата', false, 'Мәслихатты хабардар ету'),
  col('maslikhatSession', 'Мәслихат сессиясы', 'Сессия маслихата', false, 'XXIV'),
  col('maslikhatDate', 'Мәслихат шешімінің күні', 'Дата решения маслихата', false, '10.01.2026'),
  col('maslikhatNumber', 'Мәслихат шешімінің нөмірі', 'Номер решения маслихата', false, '24/1'),
  col('maslikhatUrl', 'Мәслихат шешімінің сілтемесі', 'Ссылка на решение маслихата', false, ''),
] as const;
export type CalendarColumn = (typeof calendarColumns)[number]['key'];

/** Columns of each template. */
export const templateColumns: Record<ImportKind, readonly ColumnSpec[]> = {
  contacts: contactColumns,
  calendar: calendarColumns,
  meetings: meetingColumns,
  'meeting-changes': meetingChangeColumns,
  issues: issueColumns,
  status: statusColumns,
  changes: changeColumns,
};

/** Where each template lives in the repository. */
export const templateFiles: Record<ImportKind, string> = {
  contacts: 'templates/contacts.csv',
  calendar: 'templates/calendar.csv',
  meetings: 'templates/meetings.csv',
  'meeting-changes': 'templates/meeting-changes.csv',
  issues: 'templates/issues.csv',
  status: 'templates/status.csv',
  changes: 'templates/changes.csv',
};
