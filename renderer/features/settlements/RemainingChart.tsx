import type { ScheduleRow } from '../../../core/features/settlements/model/views';
import { useI18n } from '../../app/i18n';
import { formatAmount, toFen } from '../../ui/lib/money';

const W = 900;
const H = 240;
const PAD = { left: 96, right: 16, top: 14, bottom: 30 };
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
/** pixels only: the figures shown are the API's strings */
const px = (s: string) => Number(toFen(s.replace(/^-/, '')) ?? 0n) / 100;

/**
 * What remains under the agreement over time: a step down at every scheduled amount that counts,
 * from the agreed total on the acknowledgement date. Each step is a dot with its date in the tooltip.
 */
export function RemainingChart({
  start,
  total,
  rows,
}: {
  start: string;
  total: string;
  rows: readonly ScheduleRow[];
}) {
  const { t } = useI18n();
  const counted = rows.filter((r) => r.counts);
  if (counted.length === 0) return null;
  const first = day(start);
  const last = Math.max(day(counted.at(-1)!.date), first + 1);
  const max = Math.max(px(total), ...counted.map((r) => px(r.remaining)), 1);
  const x = (iso: string) => PAD.left + ((day(iso) - first) / (last - first)) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - (v / max) * (H - PAD.top - PAD.bottom);
  let d = `M${x(start).toFixed(1)},${y(px(total)).toFixed(1)}`;
  let prev = px(total);
  for (const r of counted) {
    const value = r.remaining.startsWith('-') ? 0 : px(r.remaining);
    d += `L${x(r.date).toFixed(1)},${y(prev).toFixed(1)}L${x(r.date).toFixed(1)},${y(value).toFixed(1)}`;
    prev = value;
  }
  const years: number[] = [];
  for (let yr = Number(start.slice(0, 4)) + 1; yr <= Number(counted.at(-1)!.date.slice(0, 4)); yr++)
    years.push(yr);
  const step = Math.max(1, Math.ceil(years.length / 10));
  return (
    <figure className="chart" data-testid="settlement-chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={t('settlement.chart.label', { total: formatAmount(total) })}
      >
        <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} stroke="#999" />
        {[0.5, 1].map((f) => (
          <g key={f}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(max * f)} y2={y(max * f)} stroke="#e3e6ea" />
            <text x={PAD.left - 6} y={y(max * f) + 5} textAnchor="end" className="chart__tick">
              {formatAmount((max * f).toFixed(2)).replace(/\.\d\d$/, '')}
            </text>
          </g>
        ))}
        <path d={d} fill="none" stroke="#1d4e89" strokeWidth={2.5} />
        {counted.map((r) => (
          <circle
            key={r.seq}
            cx={x(r.date)}
            cy={y(r.remaining.startsWith('-') ? 0 : px(r.remaining))}
            r={3.5}
            fill="#1d4e89"
          >
            <title>{`${r.date} ${r.label.zh} ${formatAmount(r.amount)} → ${formatAmount(r.remaining)}`}</title>
          </circle>
        ))}
        <text x={x(start)} y={H - 8} textAnchor="start" className="chart__tick">
          {start}
        </text>
        {years
          .filter((_, i) => i % step === 0)
          .map((yr) => (
            <text key={yr} x={x(`${yr}-01-01`)} y={H - 8} textAnchor="middle" className="chart__tick">
              {yr}
            </text>
          ))}
      </svg>
      <figcaption className="muted">{t('settlement.chart.caption')}</figcaption>
    </figure>
  );
}
