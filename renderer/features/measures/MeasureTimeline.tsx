import type { Measure } from '../../../core/features/transfer/model';
import { useI18n } from '../../app/i18n';
import { dayNumberOf } from '../../ui/lib/dates';
import { kindKey } from './forms';
import './measures.css';

const ROW = 22;
const LABEL = 150;
const WIDTH = 900;

/**
 * Every measure as a bar from its start to its last day, renewals on the same row as what they renew,
 * today as a line: where the gaps and the coming ends are, at a glance. Measures without a term run to
 * the right edge. Display only; the dates come from the API.
 */
export function MeasureTimeline({ measures, today }: { measures: readonly Measure[]; today: string }) {
  const { t } = useI18n();
  const rows: Measure[][] = [];
  const rowOf = new Map<number, number>();
  for (const m of measures) {
    const parentRow = m.renewsId === null ? undefined : rowOf.get(m.renewsId);
    if (parentRow === undefined) {
      rowOf.set(m.id, rows.length);
      rows.push([m]);
    } else {
      rowOf.set(m.id, parentRow);
      rows[parentRow]!.push(m);
    }
  }
  const t0 = dayNumberOf(today);
  const days = measures.flatMap((m) => [
    dayNumberOf(m.startDate),
    m.expiresOn ? dayNumberOf(m.expiresOn) : null,
  ]);
  const known = [...days, t0].filter((d): d is number => d !== null);
  if (known.length === 0 || t0 === null) return null;
  const lo = Math.min(...known) - 15;
  const hi = Math.max(...known, t0 + 60) + 15;
  const x = (d: number) => LABEL + ((d - lo) / (hi - lo)) * (WIDTH - LABEL - 10);
  const height = rows.length * ROW + 24;
  return (
    <svg
      className="measure-timeline"
      data-testid="measure-timeline"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={t('measures.timeline')}
    >
      {rows.map((links, i) => (
        <g key={links[0]!.id} transform={`translate(0 ${i * ROW + 4})`}>
          <text x={4} y={14} className="measure-timeline__label">
            {t(kindKey(links[0]!.kind))} {links[0]!.object.slice(0, 8)}
          </text>
          {links.map((m) => {
            const s = dayNumberOf(m.startDate) ?? lo;
            const e = m.expiresOn ? (dayNumberOf(m.expiresOn) ?? hi) : hi;
            const end = m.releasedOn ? Math.min(e, dayNumberOf(m.releasedOn) ?? e) : e;
            return (
              <rect
                key={m.id}
                x={x(s)}
                y={3}
                width={Math.max(2, x(end + 1) - x(s))}
                height={ROW - 8}
                className={`measure-timeline__bar measure-timeline__bar--${m.status}`}
              >
                <title>{`#${m.id} ${m.startDate} — ${m.expiresOn ?? t('measures.noTerm')}`}</title>
              </rect>
            );
          })}
        </g>
      ))}
      <line x1={x(t0)} x2={x(t0)} y1={0} y2={height - 18} className="measure-timeline__today" />
      <text x={x(t0)} y={height - 4} textAnchor="middle" className="measure-timeline__label">
        {today}
      </text>
    </svg>
  );
}
