import type { Distribution } from '../../../core/features/settlements/model/views';
import { useI18n } from '../../app/i18n';
import { Panel } from './fields';
import { AmountCell, MoneyTable } from './money-table';

export const CLASS_KEY = {
  costs: 'settlement.dist.class.costs',
  priority: 'settlement.dist.class.priority',
  secured: 'settlement.dist.class.secured',
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
                <AmountCell value={c.unpaid} />
              </tr>
            ))}
          </MoneyTable>
          <ol className="trace" data-testid="distribution-trace">
            {result.trace.map((line, i) => (
              <li key={i} className="trace__step">
                {locale === 'en' ? line.en : line.zh}
              </li>
            ))}
          </ol>
          <p className="muted">{locale === 'en' ? result.rule.en : result.rule.zh}</p>
        </>
      )}
    </Panel>
  );
}
