/**
 * A second unseen batch, written after the first one had been used for tuning, to measure how
 * the rules generalise (same labelling rules as reply-cases-unseen.ts). Reported separately.
 */
import type { ReplyCase } from './reply-cases';

export const UNSEEN_2_CASES: readonly ReplyCase[] = [
  // en
  [
    'en',
    'already_paid',
    'This was paid on the 3rd, ref TRX-88812. Please double check on your end.',
  ],
  [
    'en',
    'invoice_error',
    "You've billed us twice for the same sprint - invoice 17 and 19 are identical.",
  ],
  [
    'en',
    'cash_flow',
    "Money's really tight since the funding round got delayed, can you give us until March?",
  ],
  [
    'en',
    'service_complaint',
    'Nobody from your side showed up to the last two meetings. This is not how we expected to be treated.',
  ],
  ['en', 'not_received', "We don't seem to have this invoice on file. Who did you send it to?"],
  ['en', 'promise_to_pay', "Approved today, it'll be in the next payment run on Thursday."],
  ['en', 'unknown', 'Could you send over the source files when you get a chance?'],
  ['en', 'value_doubt', "Honestly we didn't expect it to cost this much for a few tweaks."],
  ['en', 'deliberate', 'We consider the contract terminated and owe you nothing further.'],
  // pl
  ['pl', 'already_paid', 'Faktura została opłacona 5 listopada, proszę zweryfikować wpływy.'],
  [
    'pl',
    'cash_flow',
    'Panie Piotrze, jesteśmy teraz pod kreską, czy mógłby Pan poczekać do końca miesiąca?',
  ],
  [
    'pl',
    'quality_dispute',
    'Logo nie odpowiada briefowi, kolory są zupełnie inne niż ustalaliśmy.',
  ],
  ['pl', 'promise_to_pay', 'Ureguluję w przyszłym tygodniu, najpóźniej w środę.'],
  [
    'pl',
    'not_received',
    'Faktury nie ma ani w skrzynce, ani w spamie. Może przyszła na zły adres?',
  ],
  ['pl', 'unknown', 'Ok, to zdzwonimy się jutro o 10?'],
  ['pl', 'forgot', 'Sorki, wypadło mi z głowy, zaraz się tym zajmę.'],
  // Rule 3: a refusal with a concrete cause is that cause (relabelled from deliberate on review).
  [
    'pl',
    'quality_dispute',
    'Nie będę płacić za coś, czego nie zamawiałem. Proszę więcej nie pisać.',
  ],
  // ru
  ['ru', 'already_paid', 'Деньги отправили вчера вечером, посмотрите, пожалуйста, выписку.'],
  ['ru', 'cash_flow', 'Сейчас финансово очень тяжело, можем платить по 10 тысяч в месяц?'],
  [
    'ru',
    'quality_dispute',
    'Дизайн не соответствует техническому заданию, половину экранов придётся переделывать.',
  ],
  ['ru', 'promise_to_pay', 'Бухгалтерия оплатит в среду.'],
  [
    'ru',
    'invoice_error',
    'Вы выставили счёт на ООО «Ромашка», а договор у нас с ИП Петров. Переделайте, пожалуйста.',
  ],
  ['ru', 'unknown', 'Спасибо за макеты, всё отлично!'],
  ['ru', 'service_complaint', 'Ты две недели не выходил на связь, а теперь просишь деньги?'],
  ['ru', 'forgot', 'Блин, точно, забыла совсем. Сейчас сделаю.'],
  // uk
  ['uk', 'already_paid', 'Ми сплатили рахунок ще 2 листопада, ось квитанція.'],
  [
    'uk',
    'cash_flow',
    'На жаль, зараз у нас немає грошей на рахунку. Чекаємо на оплату від замовника.',
  ],
  ['uk', 'quality_dispute', 'Сайт постійно падає, клієнти скаржаться. Так не може бути.'],
  ['uk', 'promise_to_pay', 'Сплатимо до кінця тижня.'],
  ['uk', 'not_received', 'Я не бачу цього рахунку у пошті. Можете переслати?'],
  // Rule 3 again: "халтура" (shoddy work) is the stated cause.
  ['uk', 'quality_dispute', 'Я не збираюся платити за цю халтуру, звертайтесь куди хочете.'],
  ['uk', 'value_doubt', 'Це занадто дорого за дві сторінки тексту.'],
  ['uk', 'unknown', 'Добре, тоді зустрінемося в понеділок.'],
  // he
  ['he', 'already_paid', 'התשלום בוצע ביום ראשון, אסמכתא מצורפת.'],
  ['he', 'cash_flow', 'אני בלחץ כלכלי כרגע, אפשר לפרוס לשלושה תשלומים?'],
  ['he', 'invoice_error', 'החשבונית לא על שם החברה הנכונה, צריך להוציא חדשה.'],
  ['he', 'promise_to_pay', 'אעביר לך את הכסף מחר בבוקר.'],
  ['he', 'not_received', 'לא ראיתי שום חשבונית, לאיזה מייל שלחת?'],
  ['he', 'service_complaint', 'לא עמדת בלוחות הזמנים ולא עדכנת אותי, זה לא מקצועי.'],
  ['he', 'forgot', 'וואי, לגמרי שכחתי, סליחה!'],
  ['he', 'unknown', 'מעולה, נתראה בפגישה ביום שלישי.'],
  // de
  ['de', 'already_paid', 'Die Rechnung wurde am 4.11. beglichen, siehe Kontoauszug im Anhang.'],
  ['de', 'cash_flow', 'Wir sind momentan etwas klamm. Geht auch eine Zahlung in zwei Raten?'],
  [
    'de',
    'quality_dispute',
    'Das Logo entspricht nicht dem Briefing, die Farben sind komplett anders.',
  ],
  ['de', 'promise_to_pay', 'Ich überweise dir den Betrag morgen früh.'],
  ['de', 'not_received', 'Ich finde die Rechnung nirgends, weder im Posteingang noch im Spam.'],
  ['de', 'forgot', 'Mist, komplett verpeilt! Mach ich gleich.'],
  ['de', 'value_doubt', 'Für zwei Stunden Arbeit finde ich 900 € ziemlich happig.'],
  ['de', 'unknown', 'Super, dann sehen wir uns am Dienstag im Büro.'],
  // fr
  [
    'fr',
    'already_paid',
    'La facture a été réglée le 4 novembre, vous devriez voir le virement sur votre compte.',
  ],
  [
    'fr',
    'cash_flow',
    'On est un peu juste en ce moment, est-ce qu’on peut étaler sur trois mois ?',
  ],
  ['fr', 'invoice_error', 'Vous nous avez facturé 20 jours au lieu de 15, merci de corriger.'],
  ['fr', 'promise_to_pay', 'Je fais le virement demain matin sans faute.'],
  ['fr', 'not_received', 'Je ne trouve pas la facture dans mes mails, tu peux me la renvoyer ?'],
  [
    'fr',
    'service_complaint',
    'Personne ne répond jamais au téléphone chez vous, c’est inadmissible.',
  ],
  ['fr', 'forgot', 'Ah mince, ça m’était complètement sorti de l’esprit !'],
  ['fr', 'unknown', 'Parfait, à jeudi pour la réunion.'],
  // es
  [
    'es',
    'already_paid',
    'La factura se abonó el día 4, adjunto el justificante de la transferencia.',
  ],
  [
    'es',
    'cash_flow',
    'Ahora mismo andamos muy justos de dinero, ¿te puedo pagar la mitad este mes y la otra mitad el que viene?',
  ],
  [
    'es',
    'quality_dispute',
    'La app se cuelga cada vez que se abre el carrito. Así no la podemos usar.',
  ],
  ['es', 'promise_to_pay', 'Mañana a primera hora te hago la transferencia.'],
  ['es', 'not_received', 'No encuentro esa factura por ningún lado, ¿me la mandas otra vez?'],
  ['es', 'deliberate', 'No pienso pagar ni un euro por ese trabajo. Nos vemos en el juzgado.'],
  ['es', 'value_doubt', 'Me parece carísimo para lo que es.'],
  ['es', 'unknown', 'Perfecto, nos vemos el martes en la reunión.'],
];
