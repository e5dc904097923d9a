import { useEffect, useState } from 'react';
import type { ExpiringMeasure } from '../../../core/features/transfer/model';
import { api } from '../../app/api/client';
import { useI18n } from '../../app/i18n';
import { hrefFor } from '../../app/route';
import { kindKey, localToday } from './forms';
import { MeasureStatus } from './MeasureStatus';
import './measures.css';

/**
 * Shown on start: every measure, across all cases, that ends within 30 days or has ended without being
 * renewed or released. "Got it" hides it until the next start; nothing is dropped from the register.
 */
export function ExpiryAlert() {
  const { t } = useI18n();
  const [items, setItems] = useState<ExpiringMeasure[]>([]);
  const [hidden, setHidden] = useState(false);

  useEffect(() => {
    let live = true;
    void api.call('measures.expiring', { withinDays: 30, asOf: localToday() }).then((result) => {
      if (live && result.ok) setItems(result.value.measures);
    });
    return () => {
      live = false;
    };
  }, []);

  if (hidden || items.length === 0) return null;
  return (
    <section className="expiry-alert" role="alert" data-testid="expiry-alert">
      <h2>{t('measures.alert.title')}</h2>
      <p>{t('measures.alert.intro', { n: items.length })}</p>
      <ul>
        {items.map((m) => (
          <li key={m.id} data-testid="expiry-alert-item" data-measure-id={m.id}>
            <a href={hrefFor({ name: 'case', id: m.caseId })}>
              {t('measures.alert.item', {
                caseNumber: m.caseNumber,
                kind: t(kindKey(m.kind)),
                object: m.object,
                expiry: m.expiresOn ?? '',
              })}
            </a>{' '}
            <MeasureStatus m={m} />
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="btn"
        data-testid="expiry-alert-dismiss"
        onClick={() => setHidden(true)}
      >
        {t('measures.alert.dismiss')}
      </button>
    </section>
  );
}
