/**
 * The legal arithmetic as plain text in the message language, one line per step, so the user
 * (and the client) can check every number: principal × rate × days / 365 per period.
 */
import type { LegalClaim } from '@/utils/legal/claim';
import {
  formatAmount,
  formatDate,
  formatDays,
  formatRate,
  LOCALES,
} from '@/utils/templates/values';
import type { MessageLanguage } from '@/utils/templates/catalog';

interface Labels {
  invoice: string;
  due: string;
  late: (days: string) => string;
  interest: string;
  compensation: string;
  principal: string;
  total: string;
  stale: string;
  none: string;
}

const LABELS: Record<MessageLanguage, Labels> = {
  en: {
    invoice: 'Invoice',
    due: 'due',
    late: (d) => `${d} late`,
    interest: 'Interest',
    compensation: 'Compensation',
    principal: 'principal',
    total: 'Total',
    stale: 'Check: no rate in the table for part of this period; the last known rate was used.',
    none: 'No statutory interest claimed.',
  },
  pl: {
    invoice: 'Faktura',
    due: 'termin płatności',
    late: (d) => `${d} opóźnienia`,
    interest: 'Odsetki',
    compensation: 'Rekompensata',
    principal: 'należność główna',
    total: 'Razem',
    stale: 'Sprawdź: brak stopy w tabeli dla części okresu; przyjęto ostatnią znaną.',
    none: 'Bez odsetek ustawowych.',
  },
  ru: {
    invoice: 'Счёт',
    due: 'срок оплаты',
    late: (d) => `просрочка ${d}`,
    interest: 'Проценты',
    compensation: 'Компенсация',
    principal: 'основной долг',
    total: 'Итого',
    stale: 'Проверьте: для части периода в таблице нет ставки; применена последняя известная.',
    none: 'Законные проценты не начисляются.',
  },
  uk: {
    invoice: 'Рахунок',
    due: 'строк оплати',
    late: (d) => `прострочення ${d}`,
    interest: 'Відсотки',
    compensation: 'Компенсація',
    principal: 'основний борг',
    total: 'Разом',
    stale: 'Перевірте: для частини періоду в таблиці немає ставки; застосовано останню відому.',
    none: 'Законні відсотки не нараховуються.',
  },
  he: {
    invoice: 'חשבונית',
    due: 'מועד תשלום',
    late: (d) => `איחור של ${d}`,
    interest: 'ריבית',
    compensation: 'פיצוי',
    principal: 'קרן',
    total: 'סה"כ',
    stale: 'יש לבדוק: אין בטבלה ריבית לחלק מהתקופה; נעשה שימוש בריבית הידועה האחרונה.',
    none: 'לא נתבעת ריבית פיגורים.',
  },
  de: {
    invoice: 'Rechnung',
    due: 'fällig am',
    late: (d) => `${d} Verzug`,
    interest: 'Zinsen',
    compensation: 'Pauschale',
    principal: 'Hauptforderung',
    total: 'Gesamt',
    stale:
      'Bitte prüfen: Für einen Teil des Zeitraums fehlt der Zinssatz; der letzte bekannte wurde verwendet.',
    none: 'Keine gesetzlichen Verzugszinsen.',
  },
  fr: {
    invoice: 'Facture',
    due: 'échéance',
    late: (d) => `${d} de retard`,
    interest: 'Intérêts',
    compensation: 'Indemnité forfaitaire',
    principal: 'principal',
    total: 'Total',
    stale:
      'À vérifier : taux absent du tableau pour une partie de la période ; le dernier taux connu a été appliqué.',
    none: 'Aucun intérêt légal réclamé.',
  },
  es: {
    invoice: 'Factura',
    due: 'vencimiento',
    late: (d) => `${d} de retraso`,
    interest: 'Intereses',
    compensation: 'Compensación',
    principal: 'principal',
    total: 'Total',
    stale:
      'Revise: falta el tipo en la tabla para parte del periodo; se aplicó el último conocido.',
    none: 'No se reclaman intereses legales.',
  },
};

function shortDate(isoDate: string, lang: MessageLanguage): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const instant = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12));
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'short', timeZone: 'UTC' }).format(
    instant,
  );
}

/** Multi-line text of the computation, e.g. "01/07/2026 – 23/11/2026: €1,000.00 × 10.15% × 146/365 = €40.60". */
export function formatLegalBreakdown(calc: LegalClaim, lang: MessageLanguage): string {
  const l = LABELS[lang];
  if (calc.presetId === 'none') return l.none;
  const lines: string[] = [];
  for (const item of calc.items) {
    const money = (amountMinor: number) =>
      formatAmount({ amountMinor, currency: item.currency }, lang);
    lines.push(
      `${l.invoice} ${item.number} — ${money(item.outstandingMinor)}, ${l.due} ${formatDate(item.dueDate, lang)}, ${l.late(formatDays(item.interest.days, lang))}`,
    );
    for (const p of item.interest.periods) {
      const mark = p.stale ? ' *' : '';
      lines.push(
        `  ${shortDate(p.from, lang)} – ${shortDate(p.to, lang)}: ${money(p.principalMinor)} × ${formatRate(p.rateBp, lang)} × ${p.days}/365 = ${money(p.interestMinor)}${mark}`,
      );
    }
    lines.push(`  ${l.interest}: ${money(item.interest.interestMinor)}`);
    const c = item.compensation;
    if (c) {
      const converted =
        c.amount.currency !== c.statutory.currency ? ` = ${formatAmount(c.amount, lang)}` : '';
      lines.push(`  ${l.compensation}: ${formatAmount(c.statutory, lang)}${converted}`);
    }
  }
  for (const t of calc.totals) {
    const money = (amountMinor: number) =>
      formatAmount({ amountMinor, currency: t.currency }, lang);
    const parts = [`${l.principal} ${money(t.principalMinor)}`];
    // Mid-line the labels read lower-case, except German nouns, which keep their capital.
    const mid = (label: string) => (lang === 'de' ? label : label.toLowerCase());
    if (t.interestMinor) parts.push(`${mid(l.interest)} ${money(t.interestMinor)}`);
    if (t.compensationMinor) parts.push(`${mid(l.compensation)} ${money(t.compensationMinor)}`);
    lines.push(`${l.total}: ${parts.join(' + ')} = ${money(t.totalMinor)}`);
  }
  if (calc.stale) lines.push(`* ${l.stale}`);
  return lines.join('\n');
}
