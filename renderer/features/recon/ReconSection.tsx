import { useCallback, useEffect, useState } from 'react';
import type { SessionSummary } from '../../../core/features/recon/model';
import { api } from '../../app/api/client';
import { useI18n } from '../../app/i18n';
import { formatTimestamp } from '../../ui/lib/dates';
import { STATE_KEYS } from './recon';
import { hrefFor, navigate } from '../../app/route';

/** The case page's 「对账」 section: the case's reconciliation sessions and 「新建对账」. */
export function ReconSection({ caseId }: { caseId: number }) {
  const { t, locale } = useI18n();
  const [sessions, setSessions] = useState<SessionSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const result = await api.call('recon.list', { caseId });
    if (result.ok) setSessions(result.value);
    else setError(locale === 'en' ? result.error.message_en : result.error.message_zh);
  }, [caseId, locale]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(
    () =>
      api.subscribe('recon.changed', (payload) => {
        if (payload.caseId === caseId) void load();
      }),
    [caseId, load],
  );

  const create = async () => {
    if (busy) return;
    setBusy(true);
    const result = await api.call('recon.create', { caseId });
    setBusy(false);
    if (result.ok) navigate({ name: 'recon', caseId, sessionId: result.value.id });
    else setError(locale === 'en' ? result.error.message_en : result.error.message_zh);
  };

  return (
    <section className="panel" data-testid="recon-sessions">
      <div className="panel__header">
        <h2>{t('recon.heading')}</h2>
        <button
          type="button"
          className="btn btn--primary"
          data-testid="recon-new"
          disabled={busy}
          onClick={() => void create()}
        >
          {t('recon.new')}
        </button>
      </div>
      <p className="muted section-intro">{t('recon.intro')}</p>
      {error && (
        <div className="form-error" role="alert">
          {error}
        </div>
      )}
      {sessions === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : sessions.length === 0 ? (
        <p className="muted" data-testid="recon-sessions-empty">
          {t('recon.none')}
        </p>
      ) : (
        <table className="grid grid--links">
          <thead>
            <tr>
              <th>{t('recon.col.session')}</th>
              <th>{t('recon.col.state')}</th>
              <th>{t('recon.col.created')}</th>
              <th>{t('recon.col.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.id} data-testid="recon-session-row" data-session-id={s.id}>
                <td>
                  <a
                    href={hrefFor({ name: 'recon', caseId, sessionId: s.id })}
                    data-testid="recon-session-link"
                  >
                    {t('recon.sessionTitle', { id: s.id })}
                  </a>
                </td>
                <td>{t(STATE_KEYS[s.state])}</td>
                <td className="mono">{formatTimestamp(s.createdAt)}</td>
                <td className="mono">{formatTimestamp(s.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
