import type { TimelinePoint } from '../../../core/lib/interest/types';
import { useI18n } from '../../app/i18n';
import { formatAmount, toFen } from '../../ui/lib/money';

const BUCKETS = ['principal', 'fee', 'generalInterest', 'oldDelay', 'doubled'] as const;
const COLOURS: Record<(typeof BUCKETS)[number], string> = {
  principal: '#1d4e89',
  fee: '#6b7480',
  generalInterest: '#4f8a3c',
  oldDelay: '#b86e00',
  doubled: '#a61b1b',
};
const W = 900;
const H = 260;
const PAD = { left: 90, right: 16, top: 12, bottom: 28 };

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/**
 * What is owed over time, stacked by bucket. Interest grows linearly between payments and drops at each,
 * so the before/after points of the timeline draw it exactly. Numbers here are pixels, not money: the
 * figures shown are the API's strings.
 */
export function BalanceChart({ points }: { points: TimelinePoint[] }) {
  const { t } = useI18n();
  if (points.length < 2) return null;
  const first = day(points[0]!.date);
  const last = Math.max(day(points.at(-1)!.date), first + 1);
  const yuan = (s: string) => Number(toFen(s) ?? 0n) / 100;
  const maxTotal = Math.max(...points.map((p) => yuan(p.balances.total)), 1);
  const x = (iso: string) => PAD.left + ((day(iso) - first) / (last - first)) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - (v / maxTotal) * (H - PAD.top - PAD.bottom);

  const layers = BUCKETS.map((bucket, i) => {
    const below = (p: TimelinePoint) => BUCKETS.slice(0, i).reduce((s, b) => s + yuan(p.balances[b]), 0);
    const top = points.map(
      (p) => `${x(p.date).toFixed(1)},${y(below(p) + yuan(p.balances[bucket])).toFixed(1)}`,
    );
    const bottom = [...points].reverse().map((p) => `${x(p.date).toFixed(1)},${y(below(p)).toFixed(1)}`);
    return { bucket, d: `M${top.join('L')}L${bottom.join('L')}Z` };
  });
  const years = [];
  for (let yr = Number(points[0]!.date.slice(0, 4)) + 1; yr <= Number(points.at(-1)!.date.slice(0, 4)); yr++)
    years.push(yr);
  const step = Math.max(1, Math.ceil(years.length / 10));
  const final = points.at(-1)!;

  return (
    <figure className="chart" data-testid="balance-chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={t('calc.chart.label', { total: formatAmount(final.balances.total) })}
      >
        <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} stroke="#999" />
        {[0.5, 1].map((f) => (
          <g key={f}>
            <line
              x1={PAD.left}
              x2={W - PAD.right}
              y1={y(maxTotal * f)}
              y2={y(maxTotal * f)}
              stroke="#e3e6ea"
            />
            <text x={PAD.left - 6} y={y(maxTotal * f) + 5} textAnchor="end" className="chart__tick">
              {formatAmount((maxTotal * f).toFixed(2)).replace(/\.\d\d$/, '')}
            </text>
          </g>
        ))}
        {layers.map((l) => (
          <path key={l.bucket} d={l.d} fill={COLOURS[l.bucket]} fillOpacity={0.75} />
        ))}
        {years
          .filter((_, i) => i % step === 0)
          .map((yr) => (
            <text key={yr} x={x(`${yr}-01-01`)} y={H - 8} textAnchor="middle" className="chart__tick">
              {yr}
            </text>
          ))}
      </svg>
      <figcaption className="chart__legend">
        {BUCKETS.map((b) => (
          <span key={b}>
            <i style={{ background: COLOURS[b] }} /> {t(`bucket.${b}`)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
