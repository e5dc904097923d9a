import type { Measure } from '../../../core/features/transfer/model';
import { useI18n } from '../../app/i18n';
import { statusKey } from './forms';
import './measures.css';

/** The status badge with the days left or past (an expired measure stays red until renewed or released). */
export function MeasureStatus({ m }: { m: Pick<Measure, 'status' | 'daysLeft' | 'alert'> }) {
  const { t } = useI18n();
  const days =
    m.daysLeft === null || m.status === 'released' || m.status === 'renewed'
      ? null
      : m.daysLeft === 0
        ? t('measures.today')
        : m.daysLeft > 0
          ? t('measures.daysLeft', { n: m.daysLeft })
          : t('measures.daysAgo', { n: -m.daysLeft });
  return (
    <span
      className={`measure-status measure-status--${m.status}`}
      data-testid="measure-status"
      data-status={m.status}
      data-alert={m.alert ?? undefined}
    >
      {t(statusKey(m.status))}
      {m.alert !== null && m.alert !== undefined ? (
        <span className={`measure-status__alert measure-status__alert--${m.alert}`}>
          {t(`measures.alert.${m.alert}`)}
        </span>
      ) : null}
      {days && m.status !== 'inForce' ? <span className="measure-status__days">{days}</span> : null}
    </span>
  );
}
