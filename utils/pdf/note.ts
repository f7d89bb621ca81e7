/**
 * The panel's line about an attached PDF ("From the attached PDF: PLN 1,968.00, due Mar 19,
 * 2026. It overrides the e-mail, which said …"), rendered in the background in the user's UI
 * language so the webmail content script carries neither the phrases nor the formatting. The
 * phrases are `pdf.*` in `locales/<lang>/panel.json`.
 */
import type { DetectedInvoice } from '@/utils/detect';
import type { UiLanguage } from '@/utils/i18n';
import { createT } from '@/utils/i18n/format';
import { panelStrings } from '@/utils/i18n/panel-strings';
import { formatMoney } from '@/utils/money';
import type { PdfOverride } from './merge';

/** The note for a PDF's merged `facts` and the `overrides` it made, in `lang`. */
export function pdfNote(
  facts: DetectedInvoice,
  overrides: PdfOverride[],
  lang: UiLanguage,
): string {
  const t = createT(panelStrings, lang);
  const date = (iso: string) =>
    new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));
  // An override's e-mail value: '150000 PLN' (minor units) or an ISO date.
  const was = (v: string) => {
    const m = /^(-?\d+) ([A-Z]{3})$/.exec(v);
    return m ? formatMoney({ amountMinor: Number(m[1]), currency: m[2]! }, lang) : date(v);
  };
  const note = t('pdf.fromPdf', {
    amount:
      facts.amountMinor !== null && facts.currency
        ? formatMoney({ amountMinor: facts.amountMinor, currency: facts.currency }, lang)
        : '—',
    date: facts.dueDate ? date(facts.dueDate) : '—',
  });
  return overrides.length
    ? `${note} ${t('pdf.pdfWins', { was: overrides.map((o) => was(o.email)).join(', ') })}`
    : note;
}
