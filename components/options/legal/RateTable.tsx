/**
 * One preset's reference-rate periods as an editable table: start date, reference rate, and the
 * statutory rate it gives (reference + the preset's margin), so the user sees what a demand uses.
 */
import { useLocale } from '../i18n';
import { percentToBp } from '../form/parsers';
import { nextRow, type RateRow } from './rate-draft';

interface Props {
  id: string;
  caption: string;
  rows: RateRow[];
  marginBp: number;
  onRows: (rows: RateRow[]) => void;
  /** Message per cell, keyed "<row>.from" / "<row>.percent", and "" for the whole table. */
  errors: Record<string, string>;
}

export function RateTable({ id, caption, rows, marginBp, onRows, errors }: Props) {
  const { t, lang } = useLocale();
  const percent = new Intl.NumberFormat(lang, {
    style: 'percent',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const setRow = (i: number, patch: Partial<RateRow>) =>
    onRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  return (
    <div class="rate-table">
      <table aria-describedby={errors[''] ? `${id}-error` : undefined}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('legal.from')}</th>
            <th scope="col">{t('legal.reference')}</th>
            <th scope="col">{t('legal.statutory')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('legal.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const bp = percentToBp(row.percent);
            const fromError = errors[`${i}.from`];
            const rateError = errors[`${i}.percent`];
            return (
              <tr key={row.key}>
                <td>
                  <input
                    type="date"
                    id={`${id}-${i}-from`}
                    value={row.from}
                    aria-label={t('legal.fromRow', { n: i + 1 })}
                    aria-invalid={fromError ? 'true' : undefined}
                    aria-describedby={fromError ? `${id}-${i}-from-error` : undefined}
                    onInput={(e) => setRow(i, { from: e.currentTarget.value })}
                  />
                  {fromError && (
                    <p id={`${id}-${i}-from-error`} class="field-error">
                      {fromError}
                    </p>
                  )}
                </td>
                <td>
                  <span class="with-unit">
                    <input
                      type="text"
                      inputMode="decimal"
                      dir="ltr"
                      id={`${id}-${i}-percent`}
                      value={row.percent}
                      size={7}
                      aria-label={t('legal.rateRow', { n: i + 1 })}
                      aria-invalid={rateError ? 'true' : undefined}
                      aria-describedby={rateError ? `${id}-${i}-percent-error` : undefined}
                      onInput={(e) => setRow(i, { percent: e.currentTarget.value })}
                    />
                    <span aria-hidden="true">%</span>
                  </span>
                  {rateError && (
                    <p id={`${id}-${i}-percent-error`} class="field-error">
                      {rateError}
                    </p>
                  )}
                </td>
                <td class="numeric">
                  {bp === null ? '—' : percent.format((bp + marginBp) / 10_000)}
                </td>
                <td>
                  <button
                    type="button"
                    class="icon-button"
                    aria-label={t('legal.removeRow', { n: i + 1 })}
                    onClick={() => onRows(rows.filter((_, j) => j !== i))}
                  >
                    ×
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {errors[''] && (
        <p id={`${id}-error`} class="field-error">
          {errors['']}
        </p>
      )}
      <button type="button" onClick={() => onRows([...rows, nextRow(rows)])}>
        {t('legal.addRow')}
      </button>
    </div>
  );
}
