/**
 * A second held-out table, written after the first round of tuning and run once: 83.3% (40/48;
 * en 3/6, pl 2/6, es 5/6, ru/uk/he/de/fr 6/6). Its misses then showed real gaps (reversed word
 * order, "payment left our account", look-alike words across languages), which were fixed, so it
 * is no longer held out: it now guards those fixes like the working table.
 */
import type { ReplyCase } from './reply-cases';

export const FRESH_CASES: readonly ReplyCase[] = [
  [
    'en',
    'cash_flow',
    'Honestly we are struggling this quarter; could we do half now and half in January?',
  ],
  [
    'en',
    'not_received',
    'Hmm, I have no invoice from you in my inbox. Which address did you send it to?',
  ],
  ['en', 'already_paid', 'Our bank shows the payment left our account on the 14th.'],
  ['en', 'quality_dispute', 'Until the checkout bug is sorted we are holding the payment.'],
  [
    'en',
    'promise_to_pay',
    'I have asked accounts to process it; it should be with you by Thursday.',
  ],
  ['en', 'unknown', 'Great work on the launch, the team loved it!'],
  ['pl', 'invoice_error', 'W fakturze jest pomyłka w nazwie firmy, proszę o wystawienie nowej.'],
  ['pl', 'promise_to_pay', 'Przelew zlecimy w poniedziałek.'],
  [
    'pl',
    'quality_dispute',
    'Grafiki nie odpowiadają temu, co ustaliliśmy, więc na razie wstrzymujemy płatność.',
  ],
  ['pl', 'cash_flow', 'Niestety klient nam nie zapłacił i nie mamy z czego uregulować faktury.'],
  ['pl', 'already_paid', 'Wysłaliśmy przelew w piątek, proszę sprawdzić.'],
  ['pl', 'unknown', 'Świetna robota, dziękujemy za szybkie wdrożenie!'],
  ['ru', 'not_received', 'Мы так и не получили от вас ни одного счёта.'],
  ['ru', 'cash_flow', 'Сейчас сложный период, можем платить по частям?'],
  ['ru', 'value_doubt', 'За такую работу это дорого, давайте обсудим скидку.'],
  ['ru', 'already_paid', 'Оплата прошла вчера, пришлю платёжку.'],
  ['ru', 'forgot', 'Извините, совсем вылетело из головы, сегодня разберусь.'],
  ['ru', 'unknown', 'Спасибо, получили макеты, всё отлично.'],
  ['uk', 'invoice_error', 'У рахунку помилка в сумі, виставте, будь ласка, новий.'],
  ['uk', 'deliberate', 'Ми не будемо платити за цю роботу.'],
  ['uk', 'promise_to_pay', 'Оплатимо до п’ятниці.'],
  ['uk', 'service_complaint', 'Ви постійно зривали терміни і не відповідали на листи.'],
  ['uk', 'already_paid', 'Ми вже сплатили рахунок, квитанцію надішлю.'],
  ['uk', 'unknown', 'Дякую, все отримали, чудова робота.'],
  ['he', 'promise_to_pay', 'נשלם עד סוף החודש.'],
  ['he', 'invoice_error', 'יש טעות בחשבונית, המע"מ חושב לא נכון.'],
  ['he', 'cash_flow', 'אין לנו כרגע כסף לשלם, אפשר בתשלומים?'],
  ['he', 'already_paid', 'שילמתי אתמול בהעברה בנקאית.'],
  ['he', 'quality_dispute', 'האתר מלא באגים ואנחנו לא מרוצים.'],
  ['he', 'unknown', 'תודה, קיבלנו את הקבצים.'],
  ['de', 'not_received', 'Eine Rechnung haben wir von Ihnen nie bekommen.'],
  ['de', 'cash_flow', 'Aktuell fehlt uns die Liquidität, können wir in zwei Raten zahlen?'],
  ['de', 'value_doubt', 'Das ist für zwei Tage Arbeit deutlich zu viel.'],
  ['de', 'forgot', 'Sorry, das ist mir total durchgerutscht.'],
  ['de', 'promise_to_pay', 'Die Überweisung geht morgen raus.'],
  ['de', 'unknown', 'Vielen Dank für die schnelle Lieferung!'],
  ['fr', 'cash_flow', 'Notre trésorerie est tendue, pouvons-nous payer en trois fois ?'],
  ['fr', 'invoice_error', 'Le taux horaire facturé ne correspond pas au devis.'],
  ['fr', 'already_paid', 'Nous avons effectué le virement hier.'],
  ['fr', 'deliberate', 'Nous ne réglerons pas cette facture.'],
  ['fr', 'not_received', 'Nous n’avons jamais eu cette facture.'],
  ['fr', 'unknown', 'Merci beaucoup, les fichiers sont bien arrivés.'],
  ['es', 'cash_flow', 'Ahora mismo no tenemos liquidez, ¿podemos pagar en dos plazos?'],
  ['es', 'invoice_error', 'El IVA de la factura está mal calculado.'],
  ['es', 'already_paid', 'Hicimos la transferencia ayer.'],
  ['es', 'service_complaint', 'La atención fue pésima y nunca nos avisó de los retrasos.'],
  ['es', 'promise_to_pay', 'Le pagaremos a finales de mes.'],
  ['es', 'unknown', 'Muchas gracias, ya tenemos los archivos.'],
];
