// detectLanguage on short invoice-like texts in each supported language.
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '@/utils/detect';

const table: Array<[string, string]> = [
  [
    'en',
    'Please find attached your invoice for the work done in March. Thank you for your business.',
  ],
  ['pl', 'W załączeniu przesyłamy fakturę za usługi. Prosimy o płatność w terminie. Dziękujemy!'],
  ['ru', 'Направляем вам счёт на оплату. Просим оплатить его в течение пяти дней.'],
  ['uk', 'Надсилаємо вам рахунок на оплату. Просимо сплатити його протягом п’яти днів. Дякуємо!'],
  ['he', 'מצורפת חשבונית מס עבור השירותים שניתנו בחודש מרץ. תודה רבה!'],
  ['de', 'Anbei erhalten Sie die Rechnung für unsere Leistungen. Bitte überweisen Sie den Betrag.'],
  ['fr', 'Veuillez trouver ci-joint la facture pour nos prestations. Merci pour votre confiance.'],
  ['es', 'Adjuntamos la factura por los servicios prestados. Gracias por su confianza.'],
  ['it', 'In allegato la fattura per i servizi prestati. Grazie per la vostra fiducia.'],
  ['nl', 'Hierbij ontvangt u de factuur voor onze diensten. Bedankt voor uw vertrouwen.'],
  ['pt', 'Segue em anexo a fatura referente aos serviços prestados. Obrigado pela confiança.'],
];

describe('detectLanguage', () => {
  it.each(table)('%s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it("says 'und' when it cannot tell", () => {
    expect(detectLanguage('12345 €€€ ---')).toBe('und');
    expect(detectLanguage('')).toBe('und');
  });
});
