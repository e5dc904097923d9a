import type { Distribution } from '../../../core/features/settlements/model/views';
import { useI18n } from '../../app/i18n';
import { Panel } from './fields';
import { AmountCell, MoneyTable } from './money-table';

export const CLASS_KEY = {
  costs: 'settlement.dist.class.costs',
  secured: 'settlement.dist.class.secured',
  priority: 'settlement.dist.class.priority',
  living: 'settlement.dist.class.living',
  ordinary: 'settlement.dist.class.ordinary',
} as const;

/** 分配结果: each class's share and ratio, each creditor's paid and unpaid, the trace and the residual rule. */
export function DistributionResult({ result, error }: { result: Distribution | null; error: string | null }) {
  const { t, locale } = useI18n();
  return (
    <Panel title="settlement.dist.resultHeading" testId="distribution-result">
      {error && <div className="warning">{error}</div>}
      {result && (
        <>
          <p data-testid="distribution-basis">{locale === 'en' ? result.basis.en : result.basis.zh}</p>
          <MoneyTable
            columns={[
              'settlement.dist.class',
              { num: 'settlement.dist.claim' },
              { num: 'settlement.dist.paid' },
              { num: 'settlement.dist.ratio' },
            ]}
            testId="distribution-classes"
          >
            {result.classes.map((c) => (
              <tr key={c.class}>
                <td>{t(CLASS_KEY[c.class])}</td>
                <AmountCell value={c.claimed} />
                <AmountCell value={c.paid} />
                <td className="num">{c.ratio}%</td>
              </tr>
            ))}
          </MoneyTable>
          <MoneyTable
            columns={[
              'settlement.col.seq',
              'settlement.dist.creditor',
              { num: 'settlement.dist.claim' },
              { num: 'settlement.dist.paid' },
              { num: 'settlement.dist.payNow' },
              { num: 'settlement.dist.setAside' },
              { num: 'settlement.dist.unpaid' },
            ]}
            testId="distribution-table"
            foot={
              <tr>
                <th scope="row" colSpan={2}>
                  {t('common.total')}
                </th>
                <AmountCell value={result.totalClaims} />
                <AmountCell value={result.distributed} testId="distribution-total" />
                <AmountCell value={result.payNow} testId="distribution-pay-now" />
                <AmountCell value={result.setAside} testId="distribution-set-aside" />
                <td />
              </tr>
            }
          >
            {result.claims.map((c) => (
              <tr key={c.index}>
                <td>{c.index + 1}</td>
                <td>{c.creditor}</td>
                <AmountCell value={c.claimed} />
                <AmountCell value={c.paid} />
                <AmountCell value={c.payNow} />
                <AmountCell value={c.setAside} />
                <AmountCell value={c.unpaid} />
              </tr>
            ))}
          </MoneyTable>
          <ol className="trace" data-testid="distribution-trace">
            {traceSteps(result.trace).map((step, i) => (
              <li key={i} className="trace__step">
                {locale === 'en' ? step.line.en : step.line.zh}
                {step.subs.length > 0 && (
                  <ul className="trace__subs">
                    {step.subs.map((sub, k) => (
                      <li key={k}>{locale === 'en' ? sub.en : sub.zh}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
          <p className="muted">{locale === 'en' ? result.rule.en : result.rule.zh}</p>
        </>
      )}
    </Panel>
  );
}

type Line = Distribution['trace'][number];

/** The trace as numbered steps, each with the lines under it (shares, residual fen) unnumbered. */
export function traceSteps(trace: readonly Line[]): { line: Line; subs: Line[] }[] {
  const steps: { line: Line; subs: Line[] }[] = [];
  for (const line of trace) {
    const last = steps.at(-1);
    if (line.sub && last) last.subs.push(line);
    else steps.push({ line, subs: [] });
  }
  return steps;
}
