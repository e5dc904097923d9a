import { Decimal, ZERO } from '../../lib/money/decimal';
import { BUCKETS, type BucketName, type ComputeResult } from '../../lib/interest/types';
import { BUCKET_LABELS, messages as engineMessages } from '../../lib/interest/messages';
import { orderLabelZh } from '../../lib/interest/settings';
import { render } from '../../lib/text';
import type { Cell, SheetSpec } from '../../lib/tables/xlsx-write';
import type { Obligation } from '../cases/model';
import { phrases } from './messages';

const p = phrases.ledger;
const money = (value: string | null): Cell => (value === null ? null : { money: value });
const date = (value: string | null): Cell => (value === null ? null : { date: value });
const sum = (values: string[]) => values.reduce((s, v) => s.plus(v), ZERO).toFixed(2);

export type LedgerSheetsInput = {
  caseNumber: string;
  obligations: readonly Obligation[];
  result: ComputeResult;
};

/** The rule as the statement's trace words it: 「C 规则（先本后息）」, 「约定顺序（…）」. */
function ruleText(regime: string, rule: string): string {
  const order = { zh: orderLabelZh(rule), en: rule };
  return regime === 'agreed'
    ? render(engineMessages.ruleAgreed, { order }).zh
    : render(engineMessages.ruleRegime, { regime, order }).zh;
}

function obligationsSheet({ caseNumber, obligations, result }: LedgerSheetsInput): SheetSpec {
  const [code, kind, label, amount, due, base, from, until] = p.obligations;
  return {
    name: p.sheets.obligations,
    title: p.title(caseNumber, result.asOf, p.sheets.obligations),
    columns: [
      { header: code!, width: 8 },
      { header: kind!, width: 16 },
      { header: label!, width: 28 },
      { header: amount!, width: 16 },
      { header: due!, width: 12 },
      { header: base!, width: 10 },
      { header: from!, width: 12 },
      { header: until!, width: 12 },
    ],
    rows: obligations.map((o) => [
      o.code,
      p.obligationKinds[o.kind],
      o.label,
      money(o.amount),
      date(o.due),
      o.base,
      date(o.from),
      date(o.until),
    ]),
  };
}

function paymentsSheet({ caseNumber, result }: LedgerSheetsInput): SheetSpec {
  const [seq, code, day, kind, amount] = p.payments;
  const [overpaid, rule] = p.paymentsTail;
  const byBucket = (parts: ComputeResult['allocations'][number]['parts'], bucket: BucketName) =>
    sum(parts.filter((x) => x.bucket === bucket).map((x) => x.amount));
  const rows: Cell[][] = result.allocations.map((a, i) => [
    { int: i + 1 },
    a.payment,
    { date: a.date },
    a.kind,
    { money: a.amount },
    ...BUCKETS.map((b) => money(byBucket(a.parts, b))),
    { money: a.overpaid },
    ruleText(a.regime, a.rule),
  ]);
  const all = result.allocations;
  rows.push([
    p.total,
    null,
    null,
    null,
    { money: sum(all.map((a) => a.amount)) },
    ...BUCKETS.map((b) => money(sum(all.map((a) => byBucket(a.parts, b))))),
    { money: sum(all.map((a) => a.overpaid)) },
    null,
  ]);
  return {
    name: p.sheets.payments,
    title: p.title(caseNumber, result.asOf, p.sheets.payments),
    columns: [
      { header: seq!, width: 6 },
      { header: code!, width: 8 },
      { header: day!, width: 12 },
      { header: kind!, width: 12 },
      { header: amount!, width: 16 },
      ...BUCKETS.map((b) => ({ header: p.bucketColumn(BUCKET_LABELS[b].zh), width: 16 })),
      { header: overpaid!, width: 14 },
      { header: rule!, width: 22 },
    ],
    rows,
  };
}

function partsSheet({ caseNumber, obligations, result }: LedgerSheetsInput): SheetSpec {
  const labels = new Map(obligations.map((o) => [o.code, o.label]));
  const [payment, day, obligation, label, bucket, amount] = p.parts;
  return {
    name: p.sheets.parts,
    title: p.title(caseNumber, result.asOf, p.sheets.parts),
    columns: [
      { header: payment!, width: 10 },
      { header: day!, width: 12 },
      { header: obligation!, width: 10 },
      { header: label!, width: 28 },
      { header: bucket!, width: 18 },
      { header: amount!, width: 16 },
    ],
    rows: result.allocations.flatMap((a) =>
      a.parts.map((part): Cell[] => [
        a.payment,
        { date: a.date },
        part.obligation,
        labels.get(part.obligation) ?? '',
        BUCKET_LABELS[part.bucket].zh,
        { money: part.amount },
      ]),
    ),
  };
}

function balancesSheet({ caseNumber, result }: LedgerSheetsInput): SheetSpec {
  const [code, label, bucket, amount] = p.balances;
  const rows: Cell[][] = result.lines.map((l) => [
    l.obligation,
    l.label,
    BUCKET_LABELS[l.bucket].zh,
    { money: l.amount },
  ]);
  for (const b of BUCKETS)
    rows.push([null, p.total, BUCKET_LABELS[b].zh, { money: new Decimal(result.balances[b]).toFixed(2) }]);
  rows.push([null, p.total, null, { money: result.balances.total }]);
  return {
    name: p.sheets.balances,
    title: p.title(caseNumber, result.asOf, p.sheets.balances),
    columns: [
      { header: code!, width: 10 },
      { header: label!, width: 28 },
      { header: bucket!, width: 18 },
      { header: amount!, width: 16 },
    ],
    rows,
  };
}

/** 执行款对账表: the ledger, each payment's allocation by bucket and in detail, and what is still owed. */
export function ledgerSheets(input: LedgerSheetsInput): SheetSpec[] {
  return [obligationsSheet(input), paymentsSheet(input), partsSheet(input), balancesSheet(input)];
}
