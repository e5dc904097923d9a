import { api } from '../../app/api/client';
import { useI18n } from '../../app/i18n';
import { HEARING_STATE_KEYS } from './hearing';
import { NEW_HEARING_TYPE } from './vocabulary';
import { useCall } from '../../ui/useCall';
import { useQuery } from '../../ui/useQuery';
import { hrefFor, navigate } from '../../app/route';

/** The case page's 「听证」 section: the case's petition hearings and 「新建听证」. */
export function PetitionSection({ caseId }: { caseId: number }) {
  const { t } = useI18n();
  const list = useQuery('hearings.list', { caseId });
  const creation = useCall();
  const hearings = list.data;
  const busy = creation.pending;
  const error = creation.errorText ?? list.errorText;

  const create = async () => {
    if (busy) return;
    const result = await creation.run(() => api.call('hearings.create', { caseId, type: NEW_HEARING_TYPE }));
    if (result.ok) navigate({ name: 'hearing', caseId, hearingId: result.value.id });
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
