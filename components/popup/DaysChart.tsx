/** Days to pay per paid invoice (bars, oldest first) with the average as a dashed line. */
import type { InvoicePayment } from '@/utils/ledger/history';
import { formatDay } from '@/utils/popup/format';
import { usePopup } from './context';

const W = 320;
const H = 110;
const TOP = 10;
const BOTTOM = 92;
const MAX_BARS = 16;

export function DaysChart({
  rows,
  average,
}: {
  rows: readonly InvoicePayment[];
  average: number | null;
}) {
  const { t, locale } = usePopup();
  const paid = rows.filter((r) => r.daysToPay !== null && r.paidOn !== null).slice(-MAX_BARS);
  if (paid.length === 0 || average === null) return <p class="chart-empty">{t('chart.noPaid')}</p>;
  const longest = Math.max(...paid.map((r) => r.daysToPay ?? 0));
  const max = Math.max(1, longest, average);
  const y = (v: number) => BOTTOM - (v / max) * (BOTTOM - TOP);
  const band = W / paid.length;
  const barW = Math.min(18, band * 0.6);
  return (
    <figure class="chart">
      <svg
        class="days-chart"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        dir="ltr"
        aria-labelledby="days-title days-desc"
        data-average={average}
      >
        <title id="days-title">{t('chart.daysTitle')}</title>
        <desc id="days-desc">
          {t('chart.daysDesc', { avg: t.count('days', average), max: t.count('days', longest) })}
        </desc>
        <line class="axis" x1={0} x2={W} y1={BOTTOM} y2={BOTTOM} />
        {paid.map((r, i) => {
          const days = r.daysToPay ?? 0;
          const x = band * i + (band - barW) / 2;
          const late = r.daysLate !== null && r.daysLate > 0;
          return (
            <g key={r.invoiceId}>
              <rect
                class={late ? 'bar-days bar-late' : 'bar-days'}
                x={x}
                y={y(days)}
                width={barW}
                height={Math.max(1, BOTTOM - y(days))}
              >
                <title>{`${r.number || t('invoice.noNumber')}: ${t.count('days', days)} (${formatDay(r.paidOn ?? '', locale)})`}</title>
              </rect>
              {paid.length <= 10 && (
                <text class="tick" x={x + barW / 2} y={H - 4} text-anchor="middle">
                  {days}
                </text>
              )}
            </g>
          );
        })}
        <line class="line-average" x1={0} x2={W} y1={y(average)} y2={y(average)} />
        <text class="tick tick-average" x={W - 2} y={y(average) - 3} text-anchor="end">
          {`${t('chart.average')} ${average}`}
        </text>
      </svg>
    </figure>
  );
}
