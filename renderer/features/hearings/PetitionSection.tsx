import { useCallback, useEffect, useState } from 'react';
import type { HearingSummary } from '../../../core/features/hearings/model';
import { api } from '../../app/api/client';
import { useI18n } from '../../app/i18n';
import { HEARING_STATE_KEYS } from './hearing';
import { hrefFor, navigate } from '../../app/route';

/** The case page's 「听证」 section: the case's petition hearings and 「新建听证」. */
export function PetitionSection({ caseId }: { caseId: number }) {
  const { t, locale } = useI18n();
  const [hearings, setHearings] = useState<HearingSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const result = await api.call('hearings.list', { caseId });
    if (result.ok) setHearings(result.value);
    else setError(locale === 'en' ? result.error.message_en : result.error.message_zh);
  }, [caseId, locale]);

  useEffect(() => {
    void load();
  }, [load]);

  const create = async () => {
    if (busy) return;
    setBusy(true);
    const result = await api.call('hearings.create', { caseId, type: '涉执信访听证' });
    setBusy(false);
    if (result.ok) navigate({ name: 'hearing', caseId, hearingId: result.value.id });
    else setError(locale === 'en' ? result.error.message_en : result.error.message_zh);
  };

  return (
    <section className="panel" data-testid="hearings">
      <div className="panel__header">
        <h2>{t('hearing.heading')}</h2>
        <button
          type="button"
          className="btn btn--primary"
          data-testid="hearing-new"
          disabled={busy}
          onClick={() => void create()}
        >
          {t('hearing.new')}
        </button>
      </div>
      <p className="muted section-intro">{t('hearing.intro')}</p>
      {error && (
        <div className="form-error" role="alert">
          {error}
        </div>
      )}
      {hearings === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : hearings.length === 0 ? (
        <p className="muted">{t('hearing.none')}</p>
      ) : (
        <table className="grid grid--links">
          <thead>
            <tr>
              <th>{t('hearing.col.hearing')}</th>
              <th>{t('hearing.col.type')}</th>
              <th>{t('hearing.col.date')}</th>
              <th>{t('hearing.col.state')}</th>
              <th className="num">{t('hearing.col.items')}</th>
            </tr>
          </thead>
          <tbody>
            {hearings.map((h) => (
              <tr key={h.id} data-testid="hearing-row">
                <td>
                  <a href={hrefFor({ name: 'hearing', caseId, hearingId: h.id })} data-testid="hearing-link">
                    {t('hearing.link')} #{h.id}
                    {h.title ? ` ${h.title}` : ''}
                  </a>
                </td>
                <td>{h.type}</td>
                <td className="mono">{h.date ?? ''}</td>
                <td>{t(HEARING_STATE_KEYS[h.state])}</td>
                <td className="num">{h.itemCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
