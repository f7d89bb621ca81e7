/**
 * Labels printed before dates (folded vocabulary, all languages): due date, issue date, or a
 * date that is neither (payment, delivery, service period, validity), which must not be taken.
 */
import { nearestLabelAt, type LabelTable } from '@/utils/detect/labels';
import { fold, rx, vocab, WB } from '@/utils/detect/text';

/** What a date is, judged from its label; 'date' is a bare "Date:" label. */
export type DateRole = 'due' | 'issue' | 'other' | 'date';

export const DATE_LABELS: LabelTable<DateRole> = [
  [
    'due',
    vocab(
      'due(?![\\p{L}])|pay(?:able)? (?:by|before|until|on)|deadline|termin|płatn~ do|zapła[ct]~ do|' +
        'do dnia|срок|(?:о|с)пла[тч]~(?: [\\p{L}]+)? до|(?:zahl~|überweis~|begleich~)(?: [\\p{L}]+){0,3} bis|' +
        'échu~|vencid[ao]|термін|[ו]?פירעון|לתשלום עד|לשלם עד|תאריך (?:ה)?לתשלום|תשלום עד|מועד (?:ה)?תשלום|' +
        'fällig~|zahlbar bis|zahlungsziel|zu zahlen bis|bis zum|spätestens|échéance|date limite|avant le|' +
        'au plus tard|vencimiento|vence|fecha límite|antes del|scadenza|scade|entro(?: il)?|vervaldatum|' +
        'vervaldag|vervalt|uiterlijk|betalen vóór|vencimento|vence em|pagar até|data limite|scadut~|' +
        'venci[óo]|venceu|upłyn~|minął|истек~|минув|минула|сплив~',
      'g',
    ),
  ],
  [
    'issue',
    vocab(
      'invoice date|date of (?:issue|invoice)|issue date|issued|dated|date issued|generated|created|' +
        'billing date|bill date|data wystawienia|wystawion~|z dnia|data faktury|' +
        'дата (?:выставления|сч[её]та|документа|виставлення|рахунку|складання)|выставлен~|' +
        'виставлен~|תאריך (?:ה)?(?:הפקה|חשבונית|הנפקה)|הופק~|rechnungsdatum|ausgestellt~|' +
        "datum der rechnung|date de (?:la )?factur~|date d'émission|émise? le|fecha de (?:la )?factura|" +
        'fecha de emisión|emitid[ao] el|fecha factura|data (?:della )?fattura|data di emissione|emess[ao] il|' +
        'factuurdatum|datum factuur|uitgegeven|data da fatura|data de emissão|emitid[ao] em|emissão',
      'g',
    ),
  ],
  [
    'other',
    vocab(
      'paid|payment date|received|period|service|deliver~|ship~|order date|valid|expir~|' +
        'renew~|next (?:billing|payment|charge)|data (?:sprzedaży|dostawy|zapłaty|wpływu)|okres|ważn~|' +
        'дата (?:оплаты|платежа|поставки|отгрузки|оплати)|период|період|поставк~|отгрузк~|' +
        'действител~|дійсн~|תאריך תשלום|תקופ~|בתוקף|zahlungsdatum|zahlungseingang|' +
        'leistungs~|liefer~|zeitraum|gültig|date de paiement|période|livraison|valable|' +
        'fecha de pago|periodo|entrega|válid~|data (?:di |del )?pagamento|consegna|betaaldatum|' +
        'betaald|leverdatum|geldig|data d[eo] pagamento|período',
      'g',
    ),
  ],
];

// Short words meaning "dated" that count only right before the date: "Счёт № 5 от 3.12.2024",
// "Rechnung vom 3.12.2024", "Facture n° 5 du 03/12/2024", "Fattura 5 del 03/12/2024",
// "factuur 12 d.d. 04-11-2026", "factura F12 con fecha 03/11/2026", "חשבונית 5 מתאריך 01/10/2026".
const DATED = rx(
  WB +
    '(?:от|від|vom|du|del|van|מיום|מתאריך|d\\.\\s?d\\.|con fecha|de fecha|com (?:a )?data de|' +
    'con data|datad[ao] de|datiert (?:vom|auf)|en date du|datée? du)\\s?$',
);
// Short words meaning "before" that mark a due date only right before it: "vóór 19-11-2026".
const BEFORE = rx(WB + 'voor\\s?$');
// A due date whose label follows it: "Die Zahlung war am 18.11.2026 fällig".
const DUE_AFTER = rx(
  '^[\\s,.]{0,2}(?:' + fold('fällig|zahlbar|zur zahlung fällig|te (?:be)?talen|te voldoen') + ')',
);
const BARE_DATE = rx(WB + '(?:date|datum|data|дата|תאריך|fecha)\\s?:\\s?$');

/**
 * Role of a date whose label window (folded) is `window`; `after` is the folded text right after
 * the date. 'dated' is a "dated" word right before it ("Счёт № 5 от 3.12.2024").
 */
export function dateRole(window: string, after = ''): DateRole | 'dated' | null {
  const label = nearestLabelAt(window, DATE_LABELS);
  const dated = DATED.exec(window);
  // "… vom 3.12.2024" right before the date beats an older label earlier on the line.
  if (dated && (!label || label.end <= dated.index)) return 'dated';
  if (label) return label.cat;
  if (BEFORE.test(window) || DUE_AFTER.test(after)) return 'due';
  return BARE_DATE.test(window) ? 'date' : null;
}
