// Mail that is not about an invoice must come back as `other` with every field null: quotes and
// estimates, shop orders and receipts, shipping notices, password resets, newsletters with
// prices, bank statements. Written in several languages from each one's usual wording.
import { describe, expect, it } from 'vitest';
import { detectInvoice } from '@/utils/detect';

const NOTHING = {
  kind: 'other',
  invoiceNumber: null,
  amountMinor: null,
  currency: null,
  issueDate: null,
  dueDate: null,
};

const negatives: Array<[string, string, string]> = [
  [
    'quote (en)',
    'Estimate EST-0042 from Brightline',
    'Here is your estimate for $3,200.00. It is valid until 31/01/2025.',
  ],
  [
    'quote (de)',
    'Ihr Angebot AN-2024-77',
    'Vielen Dank für Ihre Anfrage. Unser Angebot über 4.500,00 € ist 30 Tage gültig.',
  ],
  [
    'quote (pl)',
    'Oferta handlowa nr 15/2024',
    'W załączeniu przesyłamy ofertę na kwotę 12 300,00 zł netto.',
  ],
  [
    'quote (ru)',
    'Коммерческое предложение',
    'Направляем коммерческое предложение на сумму 250 000 руб.',
  ],
  [
    'quote (fr)',
    'Votre devis D-2025-004',
    "Veuillez trouver ci-joint notre devis d'un montant de 1 800,00 € TTC.",
  ],
  [
    'quote (es)',
    'Presupuesto P-118',
    'Le enviamos el presupuesto solicitado por importe de 960,00 €.',
  ],
  [
    'quote (it)',
    'Preventivo n. 33',
    'In allegato il preventivo di 2.400,00 € per i lavori richiesti.',
  ],
  ['quote (nl)', 'Offerte 2025-12', 'Hierbij ontvangt u onze offerte van € 1.250,00 excl. btw.'],
  ['quote (pt)', 'Orçamento 2025/09', 'Segue o orçamento no valor de R$ 4.300,00.'],
  ['quote (he)', 'הצעת מחיר 778', 'מצורפת הצעת מחיר על סך 5,000 ש"ח.'],
  [
    'order confirmation (en)',
    'Order confirmation #112-4456',
    "Thanks for your order! Order total: $89.97. We'll email you when it ships.",
  ],
  [
    'order confirmation (de)',
    'Ihre Bestellung 30211 bei Shop24',
    'Vielen Dank für Ihre Bestellung. Gesamtsumme: 59,90 € inkl. MwSt.',
  ],
  [
    'order (pl)',
    'Potwierdzenie zamówienia nr 55123',
    'Dziękujemy za zamówienie. Do zapłaty: 149,99 zł.',
  ],
  ['order (ru)', 'Ваш заказ № 77812 оформлен', 'Сумма заказа: 3 490 ₽. Доставка 5 декабря 2024.'],
  [
    'shipping (en)',
    'Your package has shipped',
    'Your order #4471 has shipped. Tracking number 1Z999AA10123456784. Order total $42.50.',
  ],
  [
    'shipping (fr)',
    'Votre colis est en route',
    'Votre commande n° 88231 a été expédiée. Montant : 35,90 €.',
  ],
  [
    'password (en)',
    'Reset your password',
    'Click the link below to reset your password. This link expires in 24 hours.',
  ],
  [
    'password (es)',
    'Restablecer contraseña',
    'Hemos recibido una solicitud para restablecer tu contraseña.',
  ],
  [
    'newsletter (en)',
    'Spring sale: 30% off everything',
    'Plans from $9.99/month. Pro now $19.00. Unsubscribe at any time.',
  ],
  ['newsletter (de)', 'Unser Newsletter im März', 'Neue Preise ab 4,99 €. Hier abbestellen.'],
  [
    'bank statement (en)',
    'Your monthly bank statement',
    'Account statement for IBAN GB33BUKB20201555555555. Closing balance: £1,204.33 on 31/03/2025.',
  ],
  [
    'bank statement (pl)',
    'Wyciąg z konta za marzec',
    'Saldo końcowe: 8 120,55 zł. Rachunek PL61 1090 1014 0000 0712 1981 2874.',
  ],
  [
    'bank statement (ru)',
    'Выписка по счёту',
    'Выписка по счёту 40702810900000012345 за март. Остаток: 120 000,00 руб.',
  ],
  [
    'shop receipt (en)',
    'Your receipt from Coffee Corner',
    'Thanks for your purchase! Latte $4.50, Croissant $3.25. Total $7.75. Paid with Visa.',
  ],
  [
    'shop receipt (it)',
    'Ricevuta del tuo acquisto',
    'Grazie per il tuo acquisto. Totale: 24,90 €.',
  ],
  [
    'meeting (en)',
    'Meeting on Tuesday',
    'Can we meet on 12/03/2025 at 10:00 to discuss the project budget of $5,000?',
  ],
];

describe('non-invoice mail is other with all fields null', () => {
  it.each(negatives)('%s', (_name, subject, text) => {
    expect(detectInvoice({ subject, text })).toMatchObject(NOTHING);
  });
});
