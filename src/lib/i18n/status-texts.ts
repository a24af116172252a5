/**
 * What each status means and what happens next, as a resident reads it on an
 * issue page and on the methodology page.
 */
import type { Language } from '../../schemas/common.ts';
import type { StatusId } from '../issues/status.ts';

export interface StatusText {
  /** What the status means. */
  meaning: string;
  /** What the resident can expect next. */
  next: string;
}

export const statusTexts: Record<StatusId, Record<Language, StatusText>> = {
  received: {
    kk: { meaning: 'Мәселе кездесуде тіркелді, әлі қаралған жоқ.', next: 'Жауапты орган оны қарап, не істеу керегін анықтайды.' },
    ru: { meaning: 'Вопрос записан на встрече, его ещё не рассматривали.', next: 'Ответственный орган изучит его и определит, что нужно сделать.' },
    en: { meaning: 'Recorded at a meeting; nobody has examined it yet.', next: 'The responsible body will examine it and decide what is needed.' },
  },
  'in-review': {
    kk: { meaning: 'Жауапты орган не қажет екенін зерттеп жатыр.', next: 'Шешім қабылданады: жоспарлау, түсіндіру, басқа органға жолдау немесе бас тарту.' },
    ru: { meaning: 'Ответственный орган изучает, что требуется.', next: 'Будет принято решение: запланировать, разъяснить, передать другому органу или отказать.' },
    en: { meaning: 'The responsible body is examining what is needed.', next: 'A decision follows: plan the work, explain, refer it to another body, or decline.' },
  },
  planned: {
    kk: { meaning: 'Шешім мен мерзім бар, жұмыс әлі басталған жоқ.', next: 'Жұмыс мерзімге дейін басталуы керек; қаржыны мәслихат бекітеді.' },
    ru: { meaning: 'Есть решение и срок, работы ещё не начаты.', next: 'Работы должны начаться до срока; деньги утверждает маслихат.' },
    en: { meaning: 'A decision and a deadline exist; work has not started.', next: 'Work should start before the deadline; a maslikhat approves the money.' },
  },
  'in-progress': {
    kk: { meaning: 'Жұмыс жүріп жатыр.', next: 'Аяқталғанда дәлелімен бірге «Шешілді» деп белгіленеді.' },
    ru: { meaning: 'Работы идут.', next: 'По завершении вопрос отметят как решённый и приложат подтверждение.' },
    en: { meaning: 'Work is under way.', next: 'When it is done, the issue is marked resolved with evidence.' },
  },
  resolved: {
    kk: { meaning: 'Мәселе шешілді; дәлел тарихта көрсетілген.', next: 'Мәселе қайта туындаса, оны себебін көрсетіп қайта ашуға болады.' },
    ru: { meaning: 'Вопрос решён; подтверждение приложено в истории.', next: 'Если проблема вернётся, вопрос можно открыть снова с пояснением.' },
    en: { meaning: 'The problem is solved; the evidence is linked in the history.', next: 'If the problem returns, the issue can be reopened with a note.' },
  },
  explained: {
    kk: { meaning: 'Жауап берілді: жұмыс қажет емес, себебі түсіндірілді.', next: 'Жауап жеткіліксіз болса, мәселе себебін көрсетіп қайта қаралуы мүмкін.' },
    ru: { meaning: 'Дан ответ: работы не требуются, причина разъяснена.', next: 'Если ответ не решает проблему, вопрос могут пересмотреть с пояснением.' },
    en: { meaning: 'Answered: no work is needed, and the answer says why.', next: 'If the answer does not settle it, the issue can be reviewed again with a note.' },
  },
  declined: {
    kk: { meaning: 'Орындалмайды; себебі көрсетілген.', next: 'Жағдай өзгерсе, мәселе себебін көрсетіп қайта қаралуы мүмкін.' },
    ru: { meaning: 'Не будет выполнено; причина указана.', next: 'Если обстоятельства изменятся, вопрос могут пересмотреть с пояснением.' },
    en: { meaning: 'Will not be done; the reason is given.', next: 'If circumstances change, the issue can be reviewed again with a note.' },
  },
  referred: {
    kk: { meaning: 'Басқа органға жолданды, ол жұмысты жалғастырады.', next: 'Жаңа орган мәселені қарап, тарихқа жаңа жазба қосады.' },
    ru: { meaning: 'Передан другому органу, который продолжает работу.', next: 'Новый орган рассмотрит вопрос и добавит запись в историю.' },
    en: { meaning: 'Passed to another body, which continues the work.', next: 'The new body examines it and adds to the history.' },
  },
  duplicate: {
    kk: { meaning: 'Басқа мәселені қайталайды; жұмыс сол мәселе бойынша жүреді.', next: 'Нәтижені негізгі мәселенің бетінен қараңыз.' },
    ru: { meaning: 'Повторяет другой вопрос; работа ведётся по нему.', next: 'Следите за результатом на странице основного вопроса.' },
    en: { meaning: 'The same as another issue, which carries the work.', next: 'Follow the original issue for the outcome.' },
  },
};
