import type { Cell, SheetSpec } from '../../lib/tables/xlsx-write';
import { phrases as measurePhrases } from '../measures/messages';
import type { MeasureList } from '../transfer/model';
import { phrases } from './messages';

const m = phrases.measures;
const widths = [6, 16, 30, 24, 12, 10, 12, 10, 10, 12, 16, 16, 24];

/** 查控措施台账: every measure of the case with its term, last day and status on the as-of day. */
export function measuresSheet(caseNumber: string, list: MeasureList): SheetSpec {
  const rows: Cell[][] = list.measures.map((x, i) => [
    { int: i + 1 },
    measurePhrases.kinds[x.kind],
    x.object,
    x.rulingNumber,
    { date: x.startDate },
    x.termMonths === null ? m.noTerm : { int: x.termMonths },
    x.expiresOn === null ? m.noTerm : { date: x.expiresOn },
    x.daysLeft === null ? null : { int: x.daysLeft },
    measurePhrases.statuses[x.status],
    x.releasedOn === null ? null : { date: x.releasedOn },
    [
      x.renewsId === null ? '' : m.renews(x.renewsId),
      x.renewedById === null ? '' : m.renewedBy(x.renewedById),
    ]
      .filter(Boolean)
      .join(m.separator),
    x.origin === 'local' ? m.local : m.transferred(x.originCourt),
    [x.note, x.releaseNote].filter(Boolean).join(m.separator),
  ]);
  return {
    name: m.sheet,
    title: m.title(caseNumber, list.asOf),
    columns: m.columns.map((header, i) => ({ header, width: widths[i] ?? 14 })),
    rows,
  };
}
