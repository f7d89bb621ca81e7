// Whole e-mails in Russian, Ukrainian and Hebrew, written from each language's conventions
// ("Счёт № … от …", "к оплате", "рахунок", "חשבונית מס'", "לתשלום עד", ש"ח / ₪).
import { describe, expect, it } from 'vitest';
import { detectInvoice, type DetectedInvoice } from '@/utils/detect';

type Expect = Partial<Omit<DetectedInvoice, 'confidence'>>;
const cases: Array<[string, string, Expect]> = [
  [
    'Счёт на оплату № 123 от 3 декабря 2024 г.',
    'Здравствуйте!\n\nНаправляем вам счёт на оплату № 123 от 3 декабря 2024 г.\n\nСумма без НДС: 10 000,00 руб.\nНДС 20%: 2 000,00 руб.\nИтого к оплате: 12 000,00 руб.\nОплатить до 13.12.2024.\n\nР/с 40702810900000012345',
    {
      kind: 'invoice',
      invoiceNumber: '123',
      amountMinor: 1200000,
      currency: 'RUB',
      issueDate: '2024-12-03',
      dueDate: '2024-12-13',
    },
  ],
  [
    'Напоминание об оплате счёта № 88',
    'Добрый день! Напоминаем, что счёт № 88 на сумму 45 600 ₽ просрочен. Срок оплаты истёк 1 февраля 2025 г.',
    {
      kind: 'reminder',
      invoiceNumber: '88',
      amountMinor: 4560000,
      currency: 'RUB',
      dueDate: '2025-02-01',
    },
  ],
  [
    'Оплата получена',
    'Спасибо! Мы получили вашу оплату по счёту № 2024-0871 на сумму 38 750,50 руб.',
    {
      kind: 'payment_confirmation',
      invoiceNumber: '2024-0871',
      amountMinor: 3875050,
      currency: 'RUB',
    },
  ],
  [
    'Счёт № 15 — оплата в течение 5 дней',
    'Счёт № 15 от 10.03.2025\nК оплате: 7 500,00 руб.\nОплата в течение 5 дней с даты выставления счёта.',
    {
      kind: 'invoice',
      invoiceNumber: '15',
      amountMinor: 750000,
      currency: 'RUB',
      issueDate: '2025-03-10',
      dueDate: '2025-03-15',
    },
  ],
  // Ukrainian
  [
    'Рахунок на оплату № 45 від 3 грудня 2024',
    'Добрий день!\n\nНадсилаємо рахунок на оплату № 45 від 3 грудня 2024 р.\nСума до сплати: 15 000,00 грн\nТермін оплати: 10.12.2024\n\nIBAN: UA213223130000026007233566001',
    {
      kind: 'invoice',
      invoiceNumber: '45',
      amountMinor: 1500000,
      currency: 'UAH',
      issueDate: '2024-12-03',
      dueDate: '2024-12-10',
    },
  ],
  [
    'Нагадування про оплату рахунку № 12',
    'Нагадуємо, що рахунок № 12 на суму ₴8 200,00 прострочено. Просимо сплатити до 20 січня 2025.',
    {
      kind: 'reminder',
      invoiceNumber: '12',
      amountMinor: 820000,
      currency: 'UAH',
      dueDate: '2025-01-20',
    },
  ],
  [
    'Оплату отримано',
    'Дякуємо за оплату рахунку № 77 на суму 3 000,00 грн.',
    { kind: 'payment_confirmation', invoiceNumber: '77', amountMinor: 300000, currency: 'UAH' },
  ],
  // Hebrew
  [
    "חשבונית מס' 1045 מאת סטודיו אור",
    'שלום,\n\nמצורפת חשבונית מס\' 1045.\nתאריך הפקה: 05/12/2024\nסה"כ לתשלום: 2,340.00 ₪\nלתשלום עד: 19/12/2024\n\nתודה',
    {
      kind: 'invoice',
      invoiceNumber: '1045',
      amountMinor: 234000,
      currency: 'ILS',
      issueDate: '2024-12-05',
      dueDate: '2024-12-19',
    },
  ],
  [
    'תזכורת: חשבונית 2231 טרם שולמה',
    'שלום, זוהי תזכורת כי חשבונית 2231 על סך 1,170 ש"ח טרם שולמה. מועד התשלום היה 3 בינואר 2025.',
    {
      kind: 'reminder',
      invoiceNumber: '2231',
      amountMinor: 117000,
      currency: 'ILS',
      dueDate: '2025-01-03',
    },
  ],
  [
    'אישור תשלום',
    'תודה! קיבלנו את התשלום עבור חשבונית 5512 בסך 980.00 ש"ח.',
    { kind: 'payment_confirmation', invoiceNumber: '5512', amountMinor: 98000, currency: 'ILS' },
  ],
];

describe('detectInvoice on whole e-mails (Cyrillic and Hebrew)', () => {
  it.each(cases)('%s', (subject, text, expected) => {
    expect(detectInvoice({ subject, text })).toMatchObject(expected);
  });
});
