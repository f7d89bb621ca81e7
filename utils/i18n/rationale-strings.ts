/**
 * The advisor's explanation ("22 days overdue. Send a gentle reminder…") in every UI language.
 * `utils/advisor/rationale.ts` renders it from the rationale parts. Every language is complete
 * (a missing phrase is a compile error), and counted phrases list exactly the CLDR plural
 * categories of their language: one/other (en), one/few/many/other (pl, ru), one/two/other (he).
 * `{n}` is the count; other `{placeholders}` are the part's values.
 */
import type { RefusalReason } from '@/utils/advisor/reasons';
import type { UiLanguage } from './index';

type PluralCategory<L extends UiLanguage> = L extends 'pl' | 'ru'
  ? 'one' | 'few' | 'many' | 'other'
  : L extends 'he'
    ? 'one' | 'two' | 'other'
    : 'one' | 'other';

/** A counted phrase, one form per plural category of the language. */
export type Forms<L extends UiLanguage> = Record<PluralCategory<L>, string>;
/** A counted phrase of some language, as the renderer reads it. */
export type AnyForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The `step` values the advisor produces (what the user should do). */
export type RationaleStep =
  | 'courtesy'
  | 'due_today'
  | 'gentle'
  | 'firm'
  | 'channel_switch'
  | 'phone'
  | 'dispute_specifics'
  | 'correction'
  | 'resend'
  | 'forgot'
  | 'instalments'
  | 'discount'
  | 'explain_value'
  | 'acknowledge'
  | 'confirm_promise'
  | 'promise_broken'
  | 'ask_reference'
  | 'final_demand'
  | 'handover'
  | 'handover_pending'
  | 'hand_over_now'
  | 'wait'
  | 'assess'
  | 'none';

export interface RationaleStrings<F extends AnyForms = AnyForms> {
  /** What the situation is; the renderer joins these with ", " into the first sentence. */
  facts: {
    nothing_due: string;
    /** {amount} */
    credit: string;
    /** {n} days, {date} */
    not_yet_due: F;
    due_today: string;
    days_overdue: F;
    /** {number}, {date}, {n} = the default payment term in days */
    assumed_due_date: F;
    /** {paid} */
    partial_payment: string;
    several_invoices: F;
    /** {numbers}; {n} = how many invoices */
    disputed_held_out: F;
    reminders_sent: F;
    no_reply_after: F;
    /** {reason}: a phrase from `reasons` */
    reason: string;
    /** {date}, {reason} */
    new_reply: string;
    /** Appended to `reason` / `new_reply` when the client's own words are known: {quote}. */
    quote: string;
    /** {date} */
    promise: string;
    promise_undated: string;
    promise_broken: string;
    plan_on_track: string;
    plan_missed: string;
    long_absence: F;
    stale_rates: string;
  };
  /** Why the client is not paying, as what "the client" does (follows `facts.reason`). */
  reasons: Record<RefusalReason, string>;
  /** What to do: whole sentences. */
  steps: Record<Exclude<RationaleStep, 'instalments'>, string> & { instalments: F };
}

const en: RationaleStrings<Forms<'en'>> = {
  facts: {
    nothing_due: 'nothing is owed',
    credit: '{amount} paid without a matching invoice (a credit)',
    not_yet_due: { one: 'due in {n} day ({date})', other: 'due in {n} days ({date})' },
    due_today: 'due today',
    days_overdue: { one: '{n} day overdue', other: '{n} days overdue' },
    assumed_due_date: {
      one: 'no due date on invoice {number}, so {date} is assumed ({n} day after issue)',
      other: 'no due date on invoice {number}, so {date} is assumed ({n} days after issue)',
    },
    partial_payment: '{paid} already paid',
    several_invoices: { one: '{n} invoice open', other: '{n} invoices open' },
    disputed_held_out: {
      one: 'disputed invoice {numbers} held out of escalation',
      other: 'disputed invoices {numbers} held out of escalation',
    },
    reminders_sent: { one: '{n} reminder sent', other: '{n} reminders sent' },
    no_reply_after: { one: 'no reply after {n} reminder', other: 'no reply after {n} reminders' },
    reason: 'client {reason}',
    new_reply: 'a new reply ({date}) reads as: client {reason}',
    quote: ' ("{quote}")',
    promise: 'payment promised for {date}',
    promise_undated: 'payment promised without a date',
    promise_broken: 'the payment promised for {date} did not arrive',
    plan_on_track: 'instalment plan on track, next instalment due {date}',
    plan_missed: 'the instalment due {date} was missed',
    long_absence: { one: 'last reminder {n} day ago', other: 'last reminder {n} days ago' },
    stale_rates: 'the statutory rate table has no entry for the current half-year: check it',
  },
  reasons: {
    quality_dispute: 'disputes the quality of the work',
    invoice_error: 'says the invoice has an error',
    not_received: 'says the invoice never arrived',
    cash_flow: 'cannot pay right now (cash flow)',
    forgot: 'forgot',
    value_doubt: 'doubts the price',
    service_complaint: 'complains about the service',
    unresponsive: 'is not answering',
    deliberate: 'refuses to pay',
    promise_to_pay: 'promised to pay',
    already_paid: 'says it is already paid',
    unknown: 'gave no clear reason',
  },
  steps: {
    courtesy: 'Send a friendly heads-up before the due date.',
    due_today: 'Send a short due-today note.',
    gentle: 'Send a gentle reminder that assumes an oversight.',
    firm: 'Send a firmer reminder asking for a payment date by a deadline.',
    channel_switch: 'Try another contact (accounts payable) instead of the usual address.',
    phone: 'Call them instead of writing again.',
    dispute_specifics:
      'Ask for specifics and offer a fix or a partial credit before any escalation.',
    correction: 'Send a corrected invoice.',
    resend: 'Resend the invoice with the payment details.',
    forgot: 'Send a short, friendly note with the payment details.',
    instalments: {
      one: 'Offer {n} instalment with dates.',
      other: 'Offer {n} instalments with dates.',
    },
    discount: 'Offer {percent}% off for paying early.',
    explain_value: 'Explain the work delivered and the agreed terms.',
    acknowledge: 'Acknowledge the complaint, say what you will fix, then ask about payment.',
    confirm_promise: 'Confirm the date in writing; Firmly checks again on {date}.',
    promise_broken: 'Ask for payment now, one stage firmer.',
    ask_reference: 'Ask for the transfer date and reference.',
    final_demand: 'Send a formal demand with a deadline of {date}.',
    handover: 'The demand deadline passed: give notice of handover on {date}.',
    handover_pending: 'Handover notice sent; hand the claim over on {date} if still unpaid.',
    hand_over_now: 'Hand the claim to a collection agency or the court.',
    wait: 'Nothing to send yet; next step on {date}.',
    assess: 'Confirm the reason before anything is sent; escalation is paused until then.',
    none: 'Nothing to do.',
  },
};

const pl: RationaleStrings<Forms<'pl'>> = {
  facts: {
    nothing_due: 'brak zaległości',
    credit: 'wpłata {amount} bez pasującej faktury (nadpłata)',
    not_yet_due: {
      one: 'termin płatności jutro ({date})',
      few: 'termin płatności za {n} dni ({date})',
      many: 'termin płatności za {n} dni ({date})',
      other: 'termin płatności za {n} dnia ({date})',
    },
    due_today: 'termin płatności mija dziś',
    days_overdue: {
      one: '{n} dzień po terminie',
      few: '{n} dni po terminie',
      many: '{n} dni po terminie',
      other: '{n} dnia po terminie',
    },
    assumed_due_date: {
      one: 'faktura {number} nie ma terminu płatności, więc przyjęto {date} ({n} dzień od wystawienia)',
      few: 'faktura {number} nie ma terminu płatności, więc przyjęto {date} ({n} dni od wystawienia)',
      many: 'faktura {number} nie ma terminu płatności, więc przyjęto {date} ({n} dni od wystawienia)',
      other:
        'faktura {number} nie ma terminu płatności, więc przyjęto {date} ({n} dnia od wystawienia)',
    },
    partial_payment: 'zapłacono już {paid}',
    several_invoices: {
      one: '{n} otwarta faktura',
      few: '{n} otwarte faktury',
      many: '{n} otwartych faktur',
      other: '{n} otwartej faktury',
    },
    disputed_held_out: {
      one: 'sporna faktura {numbers} nie jest ponaglana',
      few: 'sporne faktury {numbers} nie są ponaglane',
      many: 'sporne faktury {numbers} nie są ponaglane',
      other: 'sporne faktury {numbers} nie są ponaglane',
    },
    reminders_sent: {
      one: 'wysłano {n} przypomnienie',
      few: 'wysłano {n} przypomnienia',
      many: 'wysłano {n} przypomnień',
      other: 'wysłano {n} przypomnienia',
    },
    no_reply_after: {
      one: 'brak odpowiedzi po {n} przypomnieniu',
      few: 'brak odpowiedzi po {n} przypomnieniach',
      many: 'brak odpowiedzi po {n} przypomnieniach',
      other: 'brak odpowiedzi po {n} przypomnienia',
    },
    reason: 'klient {reason}',
    new_reply: 'z nowej odpowiedzi ({date}) wynika, że klient {reason}',
    quote: ' („{quote}”)',
    promise: 'płatność obiecana na {date}',
    promise_undated: 'płatność obiecana bez konkretnego terminu',
    promise_broken: 'płatność obiecana na {date} nie wpłynęła',
    plan_on_track: 'raty wpływają zgodnie z planem, następna do {date}',
    plan_missed: 'rata płatna do {date} nie wpłynęła',
    long_absence: {
      one: 'ostatnie przypomnienie {n} dzień temu',
      few: 'ostatnie przypomnienie {n} dni temu',
      many: 'ostatnie przypomnienie {n} dni temu',
      other: 'ostatnie przypomnienie {n} dnia temu',
    },
    stale_rates: 'w tabeli odsetek ustawowych brakuje stawki na bieżące półrocze — sprawdź ją',
  },
  reasons: {
    quality_dispute: 'kwestionuje jakość pracy',
    invoice_error: 'zgłasza błąd w fakturze',
    not_received: 'twierdzi, że faktura do niego nie dotarła',
    cash_flow: 'ma problemy z płynnością i nie może teraz zapłacić',
    forgot: 'zapomniał o płatności',
    value_doubt: 'kwestionuje cenę',
    service_complaint: 'skarży się na obsługę',
    unresponsive: 'nie odpowiada',
    deliberate: 'odmawia zapłaty',
    promise_to_pay: 'obiecał zapłacić',
    already_paid: 'twierdzi, że już zapłacił',
    unknown: 'nie podał jasnego powodu',
  },
  steps: {
    courtesy: 'Przed terminem wyślij krótkie, życzliwe przypomnienie.',
    due_today: 'Wyślij krótką wiadomość, że dziś mija termin płatności.',
    gentle: 'Wyślij uprzejme przypomnienie, zakładając, że to zwykłe przeoczenie.',
    firm: 'Wyślij stanowcze przypomnienie i poproś o podanie daty płatności w wyznaczonym terminie.',
    channel_switch: 'Napisz do kogoś innego (np. do księgowości) zamiast na zwykły adres.',
    phone: 'Zadzwoń, zamiast znowu pisać.',
    dispute_specifics:
      'Poproś o konkrety i zaproponuj poprawki albo częściową korektę faktury, zanim zaostrzysz ton.',
    correction: 'Wyślij fakturę korygującą.',
    resend: 'Wyślij fakturę ponownie, razem z danymi do przelewu.',
    forgot: 'Wyślij krótką, życzliwą wiadomość z danymi do przelewu.',
    instalments: {
      one: 'Zaproponuj spłatę w {n} racie z konkretnym terminem.',
      few: 'Zaproponuj spłatę w {n} ratach z konkretnymi terminami.',
      many: 'Zaproponuj spłatę w {n} ratach z konkretnymi terminami.',
      other: 'Zaproponuj spłatę w {n} raty z konkretnymi terminami.',
    },
    discount: 'Zaproponuj {percent}% rabatu za szybką wpłatę.',
    explain_value: 'Wyjaśnij, co zostało zrobione i na jakich warunkach się umówiliście.',
    acknowledge:
      'Odnieś się do zastrzeżeń, napisz, co poprawisz, i dopiero wtedy zapytaj o płatność.',
    confirm_promise: 'Potwierdź ten termin na piśmie; Firmly sprawdzi wpłatę {date}.',
    promise_broken: 'Poproś o zapłatę od razu, tym razem stanowczej.',
    ask_reference: 'Poproś o datę przelewu i jego tytuł.',
    final_demand: 'Wyślij przedsądowe wezwanie do zapłaty z terminem do {date}.',
    handover:
      'Termin z wezwania minął: uprzedź klienta, że {date} przekażesz sprawę do windykacji.',
    handover_pending:
      'Zawiadomienie wysłane; jeśli klient nadal nie zapłaci, {date} przekaż sprawę do windykacji.',
    hand_over_now: 'Przekaż sprawę firmie windykacyjnej albo do sądu.',
    wait: 'Na razie nic nie wysyłaj; następny krok {date}.',
    assess: 'Zanim cokolwiek wyślesz, potwierdź powód; do tego czasu eskalacja jest wstrzymana.',
    none: 'Nic nie trzeba robić.',
  },
};

const ru: RationaleStrings<Forms<'ru'>> = {
  facts: {
    nothing_due: 'долгов нет',
    credit: 'поступило {amount} без подходящего счёта (переплата)',
    not_yet_due: {
      one: 'срок оплаты через {n} день ({date})',
      few: 'срок оплаты через {n} дня ({date})',
      many: 'срок оплаты через {n} дней ({date})',
      other: 'срок оплаты через {n} дня ({date})',
    },
    due_today: 'срок оплаты сегодня',
    days_overdue: {
      one: 'просрочка {n} день',
      few: 'просрочка {n} дня',
      many: 'просрочка {n} дней',
      other: 'просрочка {n} дня',
    },
    assumed_due_date: {
      one: 'в счёте {number} не указан срок оплаты, поэтому принят срок {date} ({n} день с даты выставления)',
      few: 'в счёте {number} не указан срок оплаты, поэтому принят срок {date} ({n} дня с даты выставления)',
      many: 'в счёте {number} не указан срок оплаты, поэтому принят срок {date} ({n} дней с даты выставления)',
      other:
        'в счёте {number} не указан срок оплаты, поэтому принят срок {date} ({n} дня с даты выставления)',
    },
    partial_payment: 'уже оплачено {paid}',
    several_invoices: {
      one: '{n} открытый счёт',
      few: '{n} открытых счёта',
      many: '{n} открытых счетов',
      other: '{n} открытого счёта',
    },
    disputed_held_out: {
      one: 'спорный счёт {numbers} исключён из напоминаний',
      few: 'спорные счета {numbers} исключены из напоминаний',
      many: 'спорные счета {numbers} исключены из напоминаний',
      other: 'спорные счета {numbers} исключены из напоминаний',
    },
    reminders_sent: {
      one: 'отправлено {n} напоминание',
      few: 'отправлено {n} напоминания',
      many: 'отправлено {n} напоминаний',
      other: 'отправлено {n} напоминания',
    },
    no_reply_after: {
      one: 'нет ответа после {n} напоминания',
      few: 'нет ответа после {n} напоминаний',
      many: 'нет ответа после {n} напоминаний',
      other: 'нет ответа после {n} напоминания',
    },
    reason: 'клиент {reason}',
    new_reply: 'судя по новому ответу ({date}), клиент {reason}',
    quote: ' («{quote}»)',
    promise: 'оплата обещана на {date}',
    promise_undated: 'оплата обещана без конкретной даты',
    promise_broken: 'обещанная на {date} оплата не поступила',
    plan_on_track: 'платежи по графику идут вовремя, следующий — до {date}',
    plan_missed: 'платёж со сроком {date} не поступил',
    long_absence: {
      one: 'последнее напоминание было {n} день назад',
      few: 'последнее напоминание было {n} дня назад',
      many: 'последнее напоминание было {n} дней назад',
      other: 'последнее напоминание было {n} дня назад',
    },
    stale_rates: 'в таблице законных ставок нет значения на текущее полугодие — проверьте её',
  },
  reasons: {
    quality_dispute: 'оспаривает качество работы',
    invoice_error: 'указывает на ошибку в счёте',
    not_received: 'утверждает, что не получал счёт',
    cash_flow: 'сейчас не может заплатить из-за кассового разрыва',
    forgot: 'забыл об оплате',
    value_doubt: 'считает цену завышенной',
    service_complaint: 'жалуется на обслуживание',
    unresponsive: 'не отвечает',
    deliberate: 'отказывается платить',
    promise_to_pay: 'обещал заплатить',
    already_paid: 'утверждает, что уже заплатил',
    unknown: 'не объяснил причину',
  },
  steps: {
    courtesy: 'До срока оплаты отправьте короткое дружеское напоминание.',
    due_today: 'Отправьте короткое письмо о том, что срок оплаты сегодня.',
    gentle: 'Отправьте мягкое напоминание: скорее всего, об оплате просто забыли.',
    firm: 'Отправьте более твёрдое напоминание и попросите назвать дату оплаты к определённому сроку.',
    channel_switch: 'Попробуйте другой контакт (например, бухгалтерию) вместо обычного адреса.',
    phone: 'Позвоните, вместо того чтобы снова писать.',
    dispute_specifics:
      'Попросите конкретики и предложите исправления или частичную скидку, прежде чем обострять.',
    correction: 'Отправьте исправленный счёт.',
    resend: 'Отправьте счёт повторно вместе с реквизитами для оплаты.',
    forgot: 'Отправьте короткое дружеское письмо с реквизитами для оплаты.',
    instalments: {
      one: 'Предложите разбить оплату на {n} платёж с конкретными датами.',
      few: 'Предложите разбить оплату на {n} платежа с конкретными датами.',
      many: 'Предложите разбить оплату на {n} платежей с конкретными датами.',
      other: 'Предложите разбить оплату на {n} платежа с конкретными датами.',
    },
    discount: 'Предложите скидку {percent}% за быструю оплату.',
    explain_value: 'Объясните, какая работа сделана и на каких условиях вы договаривались.',
    acknowledge: 'Признайте замечания, напишите, что исправите, и только потом спросите об оплате.',
    confirm_promise: 'Подтвердите дату письменно; Firmly проверит оплату {date}.',
    promise_broken: 'Попросите оплатить сейчас — на ступень твёрже.',
    ask_reference: 'Попросите дату перевода и номер платёжного поручения.',
    final_demand: 'Отправьте досудебную претензию со сроком оплаты до {date}.',
    handover:
      'Срок по претензии истёк: предупредите клиента, что {date} передадите долг на взыскание.',
    handover_pending:
      'Уведомление отправлено; если оплаты так и не будет, передайте долг на взыскание {date}.',
    hand_over_now: 'Передайте долг коллекторскому агентству или в суд.',
    wait: 'Пока отправлять нечего; следующий шаг — {date}.',
    assess:
      'Прежде чем что-либо отправлять, подтвердите причину; до этого эскалация приостановлена.',
    none: 'Ничего делать не нужно.',
  },
};

const he: RationaleStrings<Forms<'he'>> = {
  facts: {
    nothing_due: 'אין חוב',
    credit: 'התקבל תשלום של {amount} בלי חשבונית מתאימה (יתרת זכות)',
    not_yet_due: {
      one: 'מועד התשלום מחר ({date})',
      two: 'מועד התשלום בעוד יומיים ({date})',
      other: 'מועד התשלום בעוד {n} ימים ({date})',
    },
    due_today: 'מועד התשלום היום',
    days_overdue: {
      one: 'התשלום באיחור של יום אחד',
      two: 'התשלום באיחור של יומיים',
      other: 'התשלום באיחור של {n} ימים',
    },
    assumed_due_date: {
      one: 'בחשבונית {number} אין מועד תשלום, ולכן המועד המשוער הוא {date} (יום אחד ממועד ההפקה)',
      two: 'בחשבונית {number} אין מועד תשלום, ולכן המועד המשוער הוא {date} (יומיים ממועד ההפקה)',
      other:
        'בחשבונית {number} אין מועד תשלום, ולכן המועד המשוער הוא {date} ({n} ימים ממועד ההפקה)',
    },
    partial_payment: 'כבר שולמו {paid}',
    several_invoices: {
      one: 'חשבונית פתוחה אחת',
      two: 'שתי חשבוניות פתוחות',
      other: '{n} חשבוניות פתוחות',
    },
    disputed_held_out: {
      one: 'החשבונית {numbers} במחלוקת ולכן לא נשלחות עליה תזכורות',
      two: 'החשבוניות {numbers} במחלוקת ולכן לא נשלחות עליהן תזכורות',
      other: 'החשבוניות {numbers} במחלוקת ולכן לא נשלחות עליהן תזכורות',
    },
    reminders_sent: {
      one: 'נשלחה תזכורת אחת',
      two: 'נשלחו שתי תזכורות',
      other: 'נשלחו {n} תזכורות',
    },
    no_reply_after: {
      one: 'אין תשובה אחרי תזכורת אחת',
      two: 'אין תשובה אחרי שתי תזכורות',
      other: 'אין תשובה אחרי {n} תזכורות',
    },
    reason: 'הלקוח {reason}',
    new_reply: 'מהתשובה החדשה ({date}) עולה שהלקוח {reason}',
    quote: ' ("{quote}")',
    promise: 'התשלום הובטח ל־{date}',
    promise_undated: 'התשלום הובטח בלי תאריך מוגדר',
    promise_broken: 'התשלום שהובטח ל־{date} לא הגיע',
    plan_on_track: 'פריסת התשלומים מתקדמת כמתוכנן, והתשלום הבא עד {date}',
    plan_missed: 'התשלום שמועדו היה {date} לא שולם',
    long_absence: {
      one: 'התזכורת האחרונה נשלחה לפני יום',
      two: 'התזכורת האחרונה נשלחה לפני יומיים',
      other: 'התזכורת האחרונה נשלחה לפני {n} ימים',
    },
    stale_rates: 'בטבלת הריבית הקבועה בחוק אין שיעור לחצי השנה הנוכחי — כדאי לבדוק אותה',
  },
  reasons: {
    quality_dispute: 'מערער על איכות העבודה',
    invoice_error: 'טוען שיש טעות בחשבונית',
    not_received: 'טוען שהחשבונית לא הגיעה אליו',
    cash_flow: 'לא יכול לשלם כרגע בגלל בעיית תזרים',
    forgot: 'שכח לשלם',
    value_doubt: 'חושב שהמחיר גבוה מדי',
    service_complaint: 'מתלונן על השירות',
    unresponsive: 'לא עונה',
    deliberate: 'מסרב לשלם',
    promise_to_pay: 'הבטיח לשלם',
    already_paid: 'טוען שכבר שילם',
    unknown: 'לא נתן סיבה ברורה',
  },
  steps: {
    courtesy: 'כדאי לשלוח תזכורת ידידותית לפני מועד התשלום.',
    due_today: 'כדאי לשלוח הודעה קצרה שמועד התשלום הוא היום.',
    gentle: 'כדאי לשלוח תזכורת עדינה, מתוך הנחה שמדובר בהיסח הדעת.',
    firm: 'כדאי לשלוח תזכורת תקיפה יותר ולבקש תאריך תשלום עד מועד מסוים.',
    channel_switch: 'כדאי לפנות לאיש קשר אחר (למשל הנהלת החשבונות) במקום לכתובת הרגילה.',
    phone: 'כדאי להתקשר במקום לכתוב שוב.',
    dispute_specifics: 'כדאי לבקש פרטים ולהציע תיקון או זיכוי חלקי לפני כל הסלמה.',
    correction: 'כדאי לשלוח חשבונית מתוקנת.',
    resend: 'כדאי לשלוח שוב את החשבונית עם פרטי התשלום.',
    forgot: 'כדאי לשלוח הודעה קצרה וידידותית עם פרטי התשלום.',
    instalments: {
      one: 'כדאי להציע תשלום אחד בתאריך מוסכם.',
      two: 'כדאי להציע פריסה לשני תשלומים בתאריכים קבועים.',
      other: 'כדאי להציע פריסה ל־{n} תשלומים בתאריכים קבועים.',
    },
    discount: 'כדאי להציע הנחה של {percent}% על תשלום מהיר.',
    explain_value: 'כדאי להסביר מה נעשה בפועל ומה סוכם.',
    acknowledge: 'כדאי להכיר בתלונה, לפרט מה יתוקן ורק אחר כך לשאול על התשלום.',
    confirm_promise: 'כדאי לאשר את התאריך בכתב; Firmly יבדוק שוב ב־{date}.',
    promise_broken: 'כדאי לבקש את התשלום עכשיו, בנימה תקיפה יותר.',
    ask_reference: 'כדאי לבקש את תאריך ההעברה ואת מספר האסמכתה.',
    final_demand: 'כדאי לשלוח מכתב התראה רשמי עם מועד אחרון לתשלום: {date}.',
    handover: 'המועד שנקבע במכתב ההתראה עבר: כדאי להודיע ללקוח שב־{date} החוב יועבר לגבייה.',
    handover_pending:
      'ההודעה על העברה לגבייה נשלחה; אם החוב לא ישולם, יש להעביר אותו לגבייה ב־{date}.',
    hand_over_now: 'כדאי להעביר את החוב לחברת גבייה או להגיש תביעה.',
    wait: 'עדיין אין מה לשלוח; הצעד הבא ב־{date}.',
    assess: 'לפני ששולחים משהו יש לאשר את הסיבה; עד אז ההסלמה מושהית.',
    none: 'אין צורך לעשות דבר.',
  },
};

/** Every language complete: `satisfies` makes a missing language a compile error too. */
export const rationaleStrings: { [L in UiLanguage]: RationaleStrings } = { en, pl, ru, he };
