import type { Cell, SheetSpec } from '../../lib/tables/xlsx-write';
import { CLASS_LABELS } from '../settlements/distribution';
import type { DistributionView, SettlementView } from '../settlements/model/views';
import { phrases } from './messages';

const s = phrases.schedule;
const d = phrases.distribution;

const columns = (headers: readonly string[], widths: readonly number[]) =>
  headers.map((header, i) => ({ header, width: widths[i] ?? 14 }));

/** 和解协议履行计划: every dated payment of the plan with its running total and what remains. */
export function scheduleSheet(caseNumber: string, view: SettlementView): SheetSpec {
  const rows: Cell[][] = view.projection.schedule.map((r) => [
    { int: r.seq },
    { date: r.date },
    r.label.zh,
    s.part(r.part, r.parts),
    { money: r.amount },
    r.counts ? s.counts.yes : s.counts.no,
    { money: r.cumulative },
    { money: r.remaining },
  ]);
  return {
    name: s.sheet,
    title: s.title(caseNumber, view.title, view.projection.agreedTotal),
    columns: columns(s.columns, [6, 12, 24, 14, 16, 18, 16, 16]),
    rows,
  };
}

/** 财产分配方案: each claim's share, the classes in their order, and the computation step by step. */
export function distributionSheets(caseNumber: string, view: DistributionView): SheetSpec[] {
  const r = view.result;
  const title = (sheet: string) => d.title(caseNumber, view.title, view.planDate, sheet);
  const claims: Cell[][] = r.claims.map((c) => {
    const input = view.claims[c.index];
    return [
      { int: c.index + 1 },
      c.creditor,
      CLASS_LABELS[c.class].zh,
      { money: c.claimed },
      { money: c.paid },
      { money: c.unpaid },
      { money: c.payNow },
      { money: c.setAside },
      input?.disputed ? d.yes : d.no,
      input?.note ?? '',
    ];
  });
  const [available, total, distributed, payNow, setAside, leftover] = d.summary;
  // Under the claims, the plan's totals, each labelled in the creditor column.
  for (const [label, amount] of [
    [available!, r.amount],
    [total!, r.totalClaims],
    [distributed!, r.distributed],
    [payNow!, r.payNow],
    [setAside!, r.setAside],
    [leftover!, r.leftover],
  ] as const)
    claims.push([null, label, null, null, { money: amount }, null, null, null, null, null]);
  return [
    {
      name: d.sheets.claims,
      title: title(d.sheets.claims),
      columns: columns(d.claims, [6, 20, 30, 16, 16, 16, 16, 16, 10, 24]),
      rows: claims,
    },
    {
      name: d.sheets.classes,
      title: title(d.sheets.classes),
      columns: columns(d.classes, [34, 16, 16, 14, 14]),
      rows: r.classes.map((c) => [
        CLASS_LABELS[c.class].zh,
        { money: c.claimed },
        { money: c.paid },
        { decimal: c.ratio },
        c.full ? d.yes : d.no,
      ]),
    },
    {
      name: d.sheets.trace,
      title: title(d.sheets.trace),
      columns: columns(d.trace, [8, 100]),
      rows: [r.basis, ...r.trace, r.rule].map((line, i) => [
        { int: i + 1 },
        line.sub ? `  ${line.zh}` : line.zh,
      ]),
    },
  ];
}
