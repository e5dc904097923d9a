import type { Allocation, BucketName } from '../../../core/lib/interest/types';
import { Amount } from '../../ui/Amount';
import { useI18n } from '../../app/i18n';
import { sumAmounts } from '../../ui/lib/money';

const COLUMNS: BucketName[] = ['principal', 'fee', 'generalInterest', 'oldDelay', 'doubled'];

/** One row per payment: how it was applied, bucket by bucket, under which rule. */
export function AllocationTable({
  allocations,
  onShowTrace,
}: {
  allocations: Allocation[];
  onShowTrace: (payment: string) => void;
}) {
  const { t } = useI18n();
  if (allocations.length === 0) return <p className="empty-state">{t('calc.noPayments')}</p>;
  const bucketSum = (a: Allocation, b: BucketName) =>
    sumAmounts(a.parts.filter((p) => p.bucket === b).map((p) => p.amount));
  return (
    <div className="table-wrap">
      <table className="grid" data-testid="allocation-table">
        <thead>
          <tr>
            <th>{t('field.date')}</th>
            <th>{t('field.code')}</th>
            <th>{t('calc.regime')}</th>
            <th className="num">{t('field.amount')}</th>
            {COLUMNS.map((b) => (
              <th key={b} className="num">
                {t(`bucket.${b}`)}
              </th>
            ))}
            <th className="num">{t('calc.overpaid')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {allocations.map((a) => (
            <tr key={a.payment} data-testid={`allocation-${a.payment}`}>
              <td className="mono">{a.date}</td>
              <td className="mono">{a.payment}</td>
              <td title={a.rule}>{t(`regime.${a.regime}`)}</td>
              <td className="num">
                <Amount value={a.amount} />
              </td>
              {COLUMNS.map((b) => {
                const v = bucketSum(a, b);
                return (
                  <td key={b} className="num">
                    {v === '0.00' ? '' : <Amount value={v} testId={`allocation-${a.payment}-${b}`} />}
                  </td>
                );
              })}
              <td className="num">{a.overpaid === '0.00' ? '' : <Amount value={a.overpaid} />}</td>
              <td>
                <button type="button" className="btn btn--link" onClick={() => onShowTrace(a.payment)}>
                  {t('calc.why')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
