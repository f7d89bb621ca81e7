/**
 * Invoiced vs paid per month (two bars) with the outstanding balance as a line, drawn as plain
 * SVG elements by Preact. The time axis runs left to right in every language, as printed charts
 * do in Hebrew too; the title and description carry the figures for screen readers.
 */
import type { MonthFlow } from '@/utils/ledger/history';
import { formatMoney } from '@/utils/money';
import { formatMonth } from '@/utils/popup/format';
import { usePopup } from './context';

const W = 320;
const H = 132;
const TOP = 8;
const BOTTOM = 108;
const LEFT = 4;
const RIGHT = W - 4;

export function FlowChart({ flows, currency }: { flows: readonly MonthFlow[]; currency: string }) {
  const { t, locale } = usePopup();
  const money = (m: number) => formatMoney({ amountMinor: m, currency }, locale);
  const max = Math.max(
    1,
    ...flows.flatMap((f) => [f.invoicedMinor, f.paidMinor, f.outstandingMinor]),
  );
  const y = (v: number) => BOTTOM - (Math.max(0, v) / max) * (BOTTOM - TOP);
  const band = (RIGHT - LEFT) / Math.max(1, flows.length);
  const barW = Math.max(2, band * 0.32);
  const invoiced = flows.reduce((s, f) => s + f.invoicedMinor, 0);
  const paid = flows.reduce((s, f) => s + f.paidMinor, 0);
  const outstanding = flows.at(-1)?.outstandingMinor ?? 0;
  const line = flows
    .map((f, i) => `${(LEFT + band * (i + 0.5)).toFixed(1)},${y(f.outstandingMinor).toFixed(1)}`)
    .join(' ');
  return (
    <figure class="chart">
      <svg
        class="flow-chart"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        dir="ltr"
        aria-labelledby="flow-title flow-desc"
        data-currency={currency}
        data-invoiced={invoiced}
        data-paid={paid}
        data-outstanding={outstanding}
      >
        <title id="flow-title">{t('chart.flowTitle', { currency })}</title>
        <desc id="flow-desc">
          {t('chart.flowDesc', {
            invoiced: money(invoiced),
            paid: money(paid),
            outstanding: money(outstanding),
          })}
        </desc>
        <line class="axis" x1={LEFT} x2={RIGHT} y1={BOTTOM} y2={BOTTOM} />
        {flows.map((f, i) => {
          const x = LEFT + band * i + band / 2;
          return (
            <g key={f.month} class="month" data-month={f.month}>
              <rect
                class="bar-invoiced"
                x={x - barW - 0.5}
                y={y(f.invoicedMinor)}
                width={barW}
                height={BOTTOM - y(f.invoicedMinor)}
              >
                <title>{`${t('chart.invoiced')} ${formatMonth(f.month, locale)}: ${money(f.invoicedMinor)}`}</title>
              </rect>
              <rect
                class="bar-paid"
                x={x + 0.5}
                y={y(f.paidMinor)}
                width={barW}
                height={BOTTOM - y(f.paidMinor)}
              >
                <title>{`${t('chart.paid')} ${formatMonth(f.month, locale)}: ${money(f.paidMinor)}`}</title>
              </rect>
              {(i % 2 === flows.length % 2 || flows.length <= 6) && (
                <text class="tick" x={x} y={H - 10} text-anchor="middle">
                  {formatMonth(f.month, locale)}
                </text>
              )}
            </g>
          );
        })}
        <polyline class="line-outstanding" points={line} fill="none" />
      </svg>
      <figcaption class="legend">
        <span class="key key-invoiced">{t('chart.invoiced')}</span>
        <span class="key key-paid">{t('chart.paid')}</span>
        <span class="key key-outstanding">{t('chart.outstanding')}</span>
      </figcaption>
    </figure>
  );
}
