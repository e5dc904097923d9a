import { api } from '../../app/api/client';
import { useI18n } from '../../app/i18n';
import { formatTimestamp } from '../../ui/lib/dates';
import { useCall } from '../../ui/useCall';
import { useQuery } from '../../ui/useQuery';
import { STATE_KEYS } from './recon';
import { hrefFor, navigate } from '../../app/route';

/** The case page's 「对账」 section: the case's reconciliation sessions and 「新建对账」. */
export function ReconSection({ caseId }: { caseId: number }) {
  const { t } = useI18n();
  const list = useQuery(
    'recon.list',
    { caseId },
    { topic: 'recon.changed', when: (p) => p.caseId === caseId },
  );
  const creation = useCall();
  const sessions = list.data;
  const busy = creation.pending;
  const error = creation.errorText ?? list.errorText;

  const create = async () => {
    if (busy) return;
    const result = await creation.run(() => api.call('recon.create', { caseId }));
    if (result.ok) navigate({ name: 'recon', caseId, sessionId: result.value.id });
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
