/** Strings of the in-Gmail thread panel (kept apart so the Gmail bundle carries only these). */
import type { StringTable, Translations, UiLanguage } from './index';
import { createPopupT, type PopupKey } from './popup-strings';

const STAGES = [
  'before_due',
  'due',
  'overdue_gentle',
  'overdue_firm',
  'negotiate',
  'final_demand',
  'handover',
] as const;
const STEPS = [
  'reminder_sent',
  'reply_received',
  'reason_recorded',
  'promise_to_pay',
  'plan_agreed',
  'payment_received',
  'dispute_opened',
  'dispute_resolved',
  'escalated',
] as const;

/** The popup's names of stages and log entries, so the panel says what the popup says. */
function popupLabels(lang: UiLanguage): Pick<PanelWords, 'stages' | 'steps'> {
  const t = createPopupT(lang);
  const table = (keys: readonly string[], prefix: string) =>
    Object.fromEntries(keys.map((k) => [k, t(`${prefix}.${k}` as PopupKey)]));
  return { stages: table(STAGES, 'stage'), steps: table(STEPS, 'ev') };
}

type Key =
  | 'owes'
  | 'nothingOwed'
  | 'daysLate'
  | 'lastStep'
  | 'next'
  | 'insert'
  | 'openDraft'
  | 'recordPayment'
  | 'followUp'
  | 'notClient'
  | 'notClientConfirm'
  | 'replyReads'
  | 'confirm'
  | 'saved'
  | 'noCompose'
  | 'inserted'
  | 'amount'
  | 'invoice'
  | 'save'
  | 'cancel'
  | 'tomorrow'
  | 'in3days'
  | 'nextMonday'
  | 'followUpSet'
  | 'markSent'
  | 'sentRecorded'
  | 'error'
  | 'paused'
  | 'showMessage'
  // new in journeys2
  | 'currency'
  | 'paidOn'
  | 'when'
  | 'customWhen'
  | 'errAmount'
  | 'errFuture'
  | 'errPast'
  | 'errWhen';

export const panelStrings: Translations<Key> = {
  en: {
    owes: 'Owes {amount}',
    nothingOwed: 'Nothing owed',
    daysLate: '{n} days late',
    lastStep: 'Last: {step}, {date}',
    next: 'Next step',
    insert: 'Insert reminder',
    openDraft: 'Open as new draft',
    recordPayment: 'Record payment',
    followUp: 'Set follow-up',
    notClient: 'Not a client',
    notClientConfirm: 'Stop tracking {name}?',
    replyReads: 'Their reply reads as',
    confirm: 'Confirm',
    saved: 'Saved',
    noCompose: 'Open a reply first, or use “Open as new draft”.',
    inserted: 'Reminder inserted into your draft.',
    amount: 'Amount',
    invoice: 'Invoice',
    save: 'Save',
    cancel: 'Cancel',
    tomorrow: 'Tomorrow',
    in3days: 'In 3 days',
    nextMonday: 'Next Monday',
    followUpSet: 'Follow-up set for {date}',
    markSent: 'Mark as sent',
    sentRecorded: 'Recorded as sent',
    error: 'Something went wrong: {message}',
    paused: 'New reply: confirm the reason before the next step.',
    showMessage: 'Show message',
    // new in journeys2
    currency: 'Currency',
    paidOn: 'Paid on',
    when: 'When',
    customWhen: 'Other date and time',
    errAmount: 'Enter the amount in digits, e.g. 1,234.56.',
    errFuture: 'A payment cannot have arrived in the future.',
    errPast: 'Pick a moment in the future.',
    errWhen: 'Enter a date and a time.',
  },
  pl: {
    owes: 'Do zapłaty: {amount}',
    nothingOwed: 'Nic nie zalega',
    daysLate: '{n} dni po terminie',
    lastStep: 'Ostatnio: {step}, {date}',
    next: 'Następny krok',
    insert: 'Wstaw przypomnienie',
    openDraft: 'Otwórz jako nowy szkic',
    recordPayment: 'Zapisz wpłatę',
    followUp: 'Ustaw przypomnienie',
    notClient: 'To nie klient',
    notClientConfirm: 'Przestać śledzić {name}?',
    replyReads: 'Odpowiedź wygląda na',
    confirm: 'Potwierdź',
    saved: 'Zapisano',
    noCompose: 'Najpierw otwórz odpowiedź albo użyj „Otwórz jako nowy szkic”.',
    inserted: 'Przypomnienie wstawione do wersji roboczej.',
    amount: 'Kwota',
    invoice: 'Faktura',
    save: 'Zapisz',
    cancel: 'Anuluj',
    tomorrow: 'Jutro',
    in3days: 'Za 3 dni',
    nextMonday: 'W przyszły poniedziałek',
    followUpSet: 'Przypomnienie ustawione na {date}',
    markSent: 'Oznacz jako wysłane',
    sentRecorded: 'Zapisano jako wysłane',
    error: 'Coś poszło nie tak: {message}',
    paused: 'Nowa odpowiedź: potwierdź powód przed kolejnym krokiem.',
    showMessage: 'Pokaż wiadomość',
    // new in journeys2
    currency: 'Waluta',
    paidOn: 'Data wpłaty',
    when: 'Kiedy',
    customWhen: 'Inna data i godzina',
    errAmount: 'Wpisz kwotę cyframi, np. 1234,56.',
    errFuture: 'Wpłata nie mogła wpłynąć w przyszłości.',
    errPast: 'Wybierz termin w przyszłości.',
    errWhen: 'Podaj datę i godzinę.',
  },
  ru: {
    owes: 'Долг: {amount}',
    nothingOwed: 'Долга нет',
    daysLate: 'Просрочка {n} дн.',
    lastStep: 'Последнее: {step}, {date}',
    next: 'Следующий шаг',
    insert: 'Вставить напоминание',
    openDraft: 'Открыть как новый черновик',
    recordPayment: 'Записать оплату',
    followUp: 'Напомнить мне',
    notClient: 'Не клиент',
    notClientConfirm: 'Больше не отслеживать {name}?',
    replyReads: 'Похоже, в ответе',
    confirm: 'Подтвердить',
    saved: 'Сохранено',
    noCompose: 'Сначала откройте ответ или нажмите «Открыть как новый черновик».',
    inserted: 'Напоминание вставлено в черновик.',
    amount: 'Сумма',
    invoice: 'Счёт',
    save: 'Сохранить',
    cancel: 'Отмена',
    tomorrow: 'Завтра',
    in3days: 'Через 3 дня',
    nextMonday: 'В следующий понедельник',
    followUpSet: 'Напоминание на {date}',
    markSent: 'Отметить как отправленное',
    sentRecorded: 'Отмечено как отправленное',
    error: 'Что-то пошло не так: {message}',
    paused: 'Новый ответ: подтвердите причину, прежде чем идти дальше.',
    showMessage: 'Показать письмо',
    // new in journeys2
    currency: 'Валюта',
    paidOn: 'Дата оплаты',
    when: 'Когда',
    customWhen: 'Другие дата и время',
    errAmount: 'Введите сумму цифрами, например 1234,56.',
    errFuture: 'Оплата не может прийти в будущем.',
    errPast: 'Выберите время в будущем.',
    errWhen: 'Укажите дату и время.',
  },
  he: {
    owes: 'חוב: {amount}',
    nothingOwed: 'אין חוב פתוח',
    daysLate: '{n} ימי איחור',
    lastStep: 'אחרון: {step}, {date}',
    next: 'הצעד הבא',
    insert: 'הוספת תזכורת',
    openDraft: 'פתיחה כטיוטה חדשה',
    recordPayment: 'רישום תשלום',
    followUp: 'תזכורת מעקב',
    notClient: 'לא לקוח',
    notClientConfirm: 'להפסיק לעקוב אחרי {name}?',
    replyReads: 'התשובה נראית כמו',
    confirm: 'אישור',
    saved: 'נשמר',
    noCompose: 'פתחו קודם תשובה, או השתמשו ב"פתיחה כטיוטה חדשה".',
    inserted: 'התזכורת נוספה לטיוטה.',
    amount: 'סכום',
    invoice: 'חשבונית',
    save: 'שמירה',
    cancel: 'ביטול',
    tomorrow: 'מחר',
    in3days: 'בעוד 3 ימים',
    nextMonday: 'ביום שני הבא',
    followUpSet: 'נקבעה תזכורת ל-{date}',
    markSent: 'סימון כנשלח',
    sentRecorded: 'נרשם כנשלח',
    error: 'משהו השתבש: {message}',
    paused: 'התקבלה תשובה חדשה: אשרו את הסיבה לפני הצעד הבא.',
    showMessage: 'הצגת ההודעה',
    // new in journeys2
    currency: 'מטבע',
    paidOn: 'תאריך התשלום',
    when: 'מתי',
    customWhen: 'תאריך ושעה אחרים',
    errAmount: 'יש להזין את הסכום בספרות, למשל 1,234.56.',
    errFuture: 'תשלום לא יכול להגיע בעתיד.',
    errPast: 'יש לבחור מועד עתידי.',
    errWhen: 'יש להזין תאריך ושעה.',
  },
};

type ReasonKey =
  | 'quality_dispute'
  | 'invoice_error'
  | 'not_received'
  | 'cash_flow'
  | 'forgot'
  | 'value_doubt'
  | 'service_complaint'
  | 'unresponsive'
  | 'deliberate'
  | 'promise_to_pay'
  | 'already_paid'
  | 'unknown';

/** Why the client is not paying, in words (shared by the panel's reason picker). */
export const reasonStrings: Translations<ReasonKey> = {
  en: {
    quality_dispute: 'Disputes the quality',
    invoice_error: 'Invoice error',
    not_received: 'Invoice not received',
    cash_flow: 'Cash-flow trouble',
    forgot: 'Forgot',
    value_doubt: 'Doubts the value',
    service_complaint: 'Service complaint',
    unresponsive: 'Silence',
    deliberate: 'Avoiding payment',
    promise_to_pay: 'Promises to pay',
    already_paid: 'Says it is paid',
    unknown: 'Not about payment',
  },
  pl: {
    quality_dispute: 'Kwestionuje jakość',
    invoice_error: 'Błąd w fakturze',
    not_received: 'Nie dostał faktury',
    cash_flow: 'Problemy z płynnością',
    forgot: 'Zapomniał',
    value_doubt: 'Podważa wartość',
    service_complaint: 'Reklamacja obsługi',
    unresponsive: 'Milczy',
    deliberate: 'Unika zapłaty',
    promise_to_pay: 'Obiecuje zapłacić',
    already_paid: 'Twierdzi, że zapłacił',
    unknown: 'Nie o płatności',
  },
  ru: {
    quality_dispute: 'Спорит о качестве',
    invoice_error: 'Ошибка в счёте',
    not_received: 'Не получил счёт',
    cash_flow: 'Нет денег сейчас',
    forgot: 'Забыл',
    value_doubt: 'Сомневается в ценности',
    service_complaint: 'Жалоба на сервис',
    unresponsive: 'Молчит',
    deliberate: 'Уклоняется от оплаты',
    promise_to_pay: 'Обещает оплатить',
    already_paid: 'Говорит, что оплатил',
    unknown: 'Не об оплате',
  },
  he: {
    quality_dispute: 'חולק על האיכות',
    invoice_error: 'טעות בחשבונית',
    not_received: 'לא קיבל חשבונית',
    cash_flow: 'קושי בתזרים',
    forgot: 'שכח',
    value_doubt: 'מטיל ספק בערך',
    service_complaint: 'תלונה על השירות',
    unresponsive: 'לא עונה',
    deliberate: 'מתחמק מתשלום',
    promise_to_pay: 'מבטיח לשלם',
    already_paid: 'טוען ששילם',
    unknown: 'לא קשור לתשלום',
  },
};

/**
 * The panel's words in one language (English where a translation lacks one). The background
 * sends them with the thread's context, so the content script carries no tables (≤ 16 KB gzip).
 */
export interface PanelWords {
  panel: StringTable<Key>;
  reasons: StringTable<ReasonKey>;
  /** Stage names ("Gentle reminder") and debt-log entry names, as the popup words them. */
  stages?: Record<string, string>;
  steps?: Record<string, string>;
}

export function panelWords(lang: UiLanguage): PanelWords {
  return {
    panel: { ...panelStrings.en, ...panelStrings[lang] } as StringTable<Key>,
    reasons: { ...reasonStrings.en, ...reasonStrings[lang] } as StringTable<ReasonKey>,
    ...popupLabels(lang),
  };
}
