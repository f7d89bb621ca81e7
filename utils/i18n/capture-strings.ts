/**
 * Strings of "Capture invoice from this page" (context menu, confirmation dialog) and of the
 * badge on hosted invoice pages. Kept apart so those bundles carry only these.
 */
import type { Translations } from './index';

type Plural = 'one' | 'two' | 'few' | 'many' | 'other';
type ErrorKey =
  | 'clientRequired'
  | 'emailInvalid'
  | 'amountInvalid'
  | 'currencyInvalid'
  | 'dateInvalid'
  | 'dueBeforeIssue';
type Key =
  | 'menuTitle'
  | 'dialogTitle'
  | 'originSchema'
  | 'originText'
  | 'originNone'
  | 'pagePaid'
  | 'clientName'
  | 'clientEmail'
  | 'invoiceNumber'
  | 'amount'
  | 'currency'
  | 'issueDate'
  | 'dueDate'
  | 'save'
  | 'cancel'
  | 'close'
  | 'saved'
  | 'alreadySaved'
  | 'ignored'
  | 'saveFailed'
  | 'noAccess'
  | `err_${ErrorKey}`
  | 'badgeTracked'
  | 'badgePaid'
  | 'badgeDisputed'
  | 'badgeDueToday'
  | 'badgeHide'
  | 'badgeTitle'
  | `badgeOverdue_${Plural}`
  | `badgeDueIn_${Plural}`;

export type CaptureStringKey = Key;

export const captureStrings: Translations<Key> = {
  en: {
    menuTitle: 'Capture invoice from this page',
    dialogTitle: 'Capture invoice',
    originSchema: 'Read from the invoice data on this page. Check it before saving.',
    originText: 'Guessed from the page text. Please check every field.',
    originNone: 'Firmly found no invoice here. Fill it in by hand.',
    pagePaid: 'The page marks this invoice as paid.',
    clientName: 'Client',
    clientEmail: 'Client e-mail',
    invoiceNumber: 'Invoice number',
    amount: 'Amount',
    currency: 'Currency',
    issueDate: 'Issue date',
    dueDate: 'Due date',
    save: 'Save',
    cancel: 'Cancel',
    close: 'Close',
    saved: 'Saved. Firmly is tracking this invoice.',
    alreadySaved: 'Firmly already has this invoice; nothing changed.',
    ignored: 'This contact is marked as not a client, so nothing was saved.',
    saveFailed: 'Could not save: {message}',
    noAccess: 'Firmly cannot read this page.',
    err_clientRequired: 'Enter the client’s name or e-mail.',
    err_emailInvalid: 'This does not look like an e-mail address.',
    err_amountInvalid: 'Enter an amount greater than zero.',
    err_currencyInvalid: 'Enter a three-letter currency code, such as EUR.',
    err_dateInvalid: 'Enter a valid date.',
    err_dueBeforeIssue: 'The due date is before the issue date.',
    badgeTracked: 'Tracked by Firmly',
    badgePaid: 'paid',
    badgeDisputed: 'disputed',
    badgeDueToday: 'due today',
    badgeHide: 'Hide',
    badgeTitle: 'Firmly keeps this invoice in your debt log.',
    badgeOverdue_one: '{n} day overdue',
    badgeOverdue_two: '{n} days overdue',
    badgeOverdue_few: '{n} days overdue',
    badgeOverdue_many: '{n} days overdue',
    badgeOverdue_other: '{n} days overdue',
    badgeDueIn_one: 'due in {n} day',
    badgeDueIn_two: 'due in {n} days',
    badgeDueIn_few: 'due in {n} days',
    badgeDueIn_many: 'due in {n} days',
    badgeDueIn_other: 'due in {n} days',
  },
  pl: {
    menuTitle: 'Dodaj fakturę z tej strony',
    dialogTitle: 'Dodaj fakturę',
    originSchema: 'Dane odczytane z opisu faktury na tej stronie. Sprawdź je przed zapisaniem.',
    originText: 'Dane odgadnięte z tekstu strony. Sprawdź każde pole.',
    originNone: 'Nie znaleziono tu faktury. Uzupełnij dane ręcznie.',
    pagePaid: 'Według strony ta faktura jest już opłacona.',
    clientName: 'Klient',
    clientEmail: 'E-mail klienta',
    invoiceNumber: 'Numer faktury',
    amount: 'Kwota',
    currency: 'Waluta',
    issueDate: 'Data wystawienia',
    dueDate: 'Termin płatności',
    save: 'Zapisz',
    cancel: 'Anuluj',
    close: 'Zamknij',
    saved: 'Zapisano. Firmly śledzi tę fakturę.',
    alreadySaved: 'Ta faktura jest już w Firmly — nic się nie zmieniło.',
    ignored: 'Ten kontakt jest oznaczony jako „nie klient”, więc nic nie zapisano.',
    saveFailed: 'Nie udało się zapisać: {message}',
    noAccess: 'Firmly nie może odczytać tej strony.',
    err_clientRequired: 'Podaj nazwę klienta albo jego e-mail.',
    err_emailInvalid: 'To nie wygląda na adres e-mail.',
    err_amountInvalid: 'Podaj kwotę większą od zera.',
    err_currencyInvalid: 'Podaj trzyliterowy kod waluty, np. PLN.',
    err_dateInvalid: 'Podaj poprawną datę.',
    err_dueBeforeIssue: 'Termin płatności wypada przed datą wystawienia.',
    badgeTracked: 'Śledzone przez Firmly',
    badgePaid: 'opłacona',
    badgeDisputed: 'sporna',
    badgeDueToday: 'termin płatności dziś',
    badgeHide: 'Ukryj',
    badgeTitle: 'Firmly prowadzi tę fakturę w rejestrze należności.',
    badgeOverdue_one: '{n} dzień po terminie',
    badgeOverdue_few: '{n} dni po terminie',
    badgeOverdue_many: '{n} dni po terminie',
    badgeOverdue_other: '{n} dnia po terminie',
    badgeDueIn_one: 'termin za {n} dzień',
    badgeDueIn_few: 'termin za {n} dni',
    badgeDueIn_many: 'termin za {n} dni',
    badgeDueIn_other: 'termin za {n} dnia',
  },
  ru: {
    menuTitle: 'Добавить счёт с этой страницы',
    dialogTitle: 'Добавить счёт',
    originSchema:
      'Данные взяты из разметки счёта на этой странице. Проверьте их перед сохранением.',
    originText: 'Данные угаданы по тексту страницы. Проверьте каждое поле.',
    originNone: 'Счёт на странице не найден. Заполните поля вручную.',
    pagePaid: 'На странице счёт отмечен как оплаченный.',
    clientName: 'Клиент',
    clientEmail: 'E-mail клиента',
    invoiceNumber: 'Номер счёта',
    amount: 'Сумма',
    currency: 'Валюта',
    issueDate: 'Дата выставления',
    dueDate: 'Срок оплаты',
    save: 'Сохранить',
    cancel: 'Отмена',
    close: 'Закрыть',
    saved: 'Сохранено. Firmly следит за этим счётом.',
    alreadySaved: 'Этот счёт уже есть в Firmly — ничего не изменилось.',
    ignored: 'Этот контакт отмечен как «не клиент», поэтому ничего не сохранено.',
    saveFailed: 'Не удалось сохранить: {message}',
    noAccess: 'Firmly не может прочитать эту страницу.',
    err_clientRequired: 'Укажите имя клиента или его e-mail.',
    err_emailInvalid: 'Это не похоже на адрес e-mail.',
    err_amountInvalid: 'Укажите сумму больше нуля.',
    err_currencyInvalid: 'Укажите трёхбуквенный код валюты, например EUR.',
    err_dateInvalid: 'Укажите правильную дату.',
    err_dueBeforeIssue: 'Срок оплаты раньше даты выставления.',
    badgeTracked: 'Отслеживается в Firmly',
    badgePaid: 'оплачен',
    badgeDisputed: 'оспаривается',
    badgeDueToday: 'срок оплаты сегодня',
    badgeHide: 'Скрыть',
    badgeTitle: 'Firmly ведёт этот счёт в журнале долгов.',
    badgeOverdue_one: 'просрочен на {n} день',
    badgeOverdue_few: 'просрочен на {n} дня',
    badgeOverdue_many: 'просрочен на {n} дней',
    badgeOverdue_other: 'просрочен на {n} дня',
    badgeDueIn_one: 'срок оплаты через {n} день',
    badgeDueIn_few: 'срок оплаты через {n} дня',
    badgeDueIn_many: 'срок оплаты через {n} дней',
    badgeDueIn_other: 'срок оплаты через {n} дня',
  },
  he: {
    menuTitle: 'הוספת החשבונית מהדף הזה',
    dialogTitle: 'הוספת חשבונית',
    originSchema: 'הפרטים נקראו מנתוני החשבונית שבדף. כדאי לבדוק אותם לפני השמירה.',
    originText: 'הפרטים נוחשו מהטקסט שבדף. נא לבדוק כל שדה.',
    originNone: 'לא נמצאה חשבונית בדף הזה. אפשר למלא את הפרטים ידנית.',
    pagePaid: 'לפי הדף, החשבונית הזו כבר שולמה.',
    clientName: 'לקוח',
    clientEmail: 'אימייל של הלקוח',
    invoiceNumber: 'מספר חשבונית',
    amount: 'סכום',
    currency: 'מטבע',
    issueDate: 'תאריך הפקה',
    dueDate: 'מועד תשלום',
    save: 'שמירה',
    cancel: 'ביטול',
    close: 'סגירה',
    saved: 'נשמר. Firmly עוקב אחרי החשבונית הזו.',
    alreadySaved: 'החשבונית הזו כבר שמורה ב-Firmly, ושום דבר לא השתנה.',
    ignored: 'איש הקשר הזה מסומן כ"לא לקוח", ולכן לא נשמר דבר.',
    saveFailed: 'השמירה נכשלה: {message}',
    noAccess: 'ל-Firmly אין גישה לדף הזה.',
    err_clientRequired: 'יש למלא שם לקוח או אימייל.',
    err_emailInvalid: 'זו לא נראית כמו כתובת אימייל.',
    err_amountInvalid: 'יש להזין סכום גדול מאפס.',
    err_currencyInvalid: 'יש להזין קוד מטבע בן שלוש אותיות, למשל ILS.',
    err_dateInvalid: 'יש להזין תאריך תקין.',
    err_dueBeforeIssue: 'מועד התשלום מוקדם מתאריך ההפקה.',
    badgeTracked: 'במעקב של Firmly',
    badgePaid: 'שולמה',
    badgeDisputed: 'במחלוקת',
    badgeDueToday: 'לתשלום היום',
    badgeHide: 'הסתרה',
    badgeTitle: 'Firmly שומר את החשבונית הזו ביומן החובות.',
    badgeOverdue_one: 'באיחור של יום אחד',
    badgeOverdue_two: 'באיחור של יומיים',
    badgeOverdue_many: 'באיחור של {n} ימים',
    badgeOverdue_other: 'באיחור של {n} ימים',
    badgeDueIn_one: 'לתשלום בעוד יום אחד',
    badgeDueIn_two: 'לתשלום בעוד יומיים',
    badgeDueIn_many: 'לתשלום בעוד {n} ימים',
    badgeDueIn_other: 'לתשלום בעוד {n} ימים',
  },
};
