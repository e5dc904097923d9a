import type { ComputeResult } from '../core/lib/interest';

/** The CLI JSON of INTEREST.md §6: exactly these keys, in this order. */
export function cliJson(result: ComputeResult) {
  return {
    asOf: result.asOf,
    rules: result.rules,
    settings: result.settings,
    allocations: result.allocations.map((a) => ({
      payment: a.payment,
      date: a.date,
      regime: a.regime,
      parts: a.parts,
      overpaid: a.overpaid,
    })),
    balances: result.balances,
    trace: result.trace,
  };
}

const BUCKET_ZH: Record<string, string> = {
  principal: '本金',
  fee: '费用',
  generalInterest: '一般债务利息',
  oldDelay: '旧规则迟延利息',
  doubled: '加倍部分债务利息',
  total: '合计',
};

/** Terminal columns: CJK characters take two cells, so padEnd alone misaligns Chinese labels. */
function width(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return w;
}
const padCells = (text: string, cells: number) => text + ' '.repeat(Math.max(0, cells - width(text)));

/** A plain-text statement for a person reading a terminal. */
export function cliText(result: ComputeResult, caseNumber?: string): string {
  const out: string[] = [];
  out.push(`迟延履行期间的债务利息计算 / delay-interest computation${caseNumber ? `  ${caseNumber}` : ''}`);
  out.push(`截至 as of ${result.asOf}   规则 rules ${result.rules}   利率表 rate table ${result.rateTable}`);
  out.push('');
  out.push('设置 settings:');
  for (const [key, value] of Object.entries(result.settings)) out.push(`  ${key}: ${JSON.stringify(value)}`);
  out.push('');
  out.push('付款分配 allocations:');
  for (const a of result.allocations) {
    out.push(`  ${a.date}  ${a.payment}  ${a.amount.padStart(14)}  [${a.regime}] ${a.rule}`);
    for (const p of a.parts)
      out.push(
        `      ${p.obligation.padEnd(8)} ${padCells(BUCKET_ZH[p.bucket] ?? p.bucket, 18)} ${p.amount.padStart(14)}`,
      );
    if (a.overpaid !== '0.00') out.push(`      超付 overpaid ${a.overpaid.padStart(14)}`);
  }
  out.push('');
  out.push('余额 balances:');
  for (const [bucket, amount] of Object.entries(result.balances))
    out.push(`  ${padCells(BUCKET_ZH[bucket] ?? bucket, 18)} ${bucket.padEnd(16)} ${amount.padStart(16)}`);
  out.push('');
  out.push('计算过程 trace:');
  for (const step of result.trace) {
    out.push(`  ${String(step.step).padStart(4)}. ${step.zh}`);
    out.push(`        ${step.en}`);
    out.push(`        ${step.formula}`);
  }
  return out.join('\n') + '\n';
}
