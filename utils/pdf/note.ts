/**
 * The panel's line about an attached PDF ("From the attached PDF: PLN 1,968.00, due Mar 19,
 * 2026. It overrides the e-mail, which said …"), rendered in the background in the user's UI
 * language so the webmail content script carries neither the phrases nor the formatting.
 */
import type { DetectedInvoice } from '@/utils/detect';
import { createT, type Translations, type UiLanguage } from '@/utils/i18n';
import { formatMoney } from '@/utils/money';
import type { PdfOverride } from './merge';

const strings: Translations<'fromPdf' | 'pdfWins'> = {
  en: {
    fromPdf: 'From the attached PDF: {amount}, due {date}.',
    pdfWins: 'It overrides the e-mail, which said {was}.',
  },
  pl: {
    fromPdf: 'Z załączonego PDF: {amount}, termin {date}.',
    pdfWins: 'PDF ma pierwszeństwo przed treścią e-maila ({was}).',
  },
  ru: {
    fromPdf: 'Из приложенного PDF: {amount}, срок {date}.',
    pdfWins: 'PDF важнее текста письма ({was}).',
  },
  he: {
    fromPdf: 'מה-PDF המצורף: {amount}, לתשלום עד {date}.',
    pdfWins: 'ה-PDF גובר על המייל ({was}).',
  },
};

/** The note for a PDF's merged `facts` and the `overrides` it made, in `lang`. */
export function pdfNote(
  facts: DetectedInvoice,
  overrides: PdfOverride[],
  lang: UiLanguage,
): string {
  const t = createT(strings, lang);
  const date = (iso: string) =>
    new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));
  // An override's e-mail value: '150000 PLN' (minor units) or an ISO date.
  const was = (v: string) => {
    const m = /^(-?\d+) ([A-Z]{3})$/.exec(v);
    return m ? formatMoney({ amountMinor: Number(m[1]), currency: m[2]! }, lang) : date(v);
  };
  const note = t('fromPdf', {
    amount:
      facts.amountMinor !== null && facts.currency
        ? formatMoney({ amountMinor: facts.amountMinor, currency: facts.currency }, lang)
        : '—',
    date: facts.dueDate ? date(facts.dueDate) : '—',
  });
  return overrides.length
    ? `${note} ${t('pdfWins', { was: overrides.map((o) => was(o.email)).join(', ') })}`
    : note;
}
