import { useMemo, useRef, useState, type FormEvent } from 'react';
import { PARTICIPANT_ROLES, type ParticipantRole } from '../../../core/features/recon/model';
import type { Envelope } from '../../../core/platform/api/model';
import type { SessionView } from '../../../core/features/recon/model';
import { api } from '../../app/api/client';
import { useI18n } from '../../app/i18n';
import { ROLE_KEYS, suggestedParticipants } from './recon';
import { useQuery } from '../../ui/useQuery';

type Props = {
  view: SessionView;
  editable: boolean;
  change: (call: () => Promise<Envelope<SessionView>>) => Promise<Envelope<SessionView>>;
};

/** Who takes part: listed always; added (role + name, with the case's parties offered) before the end. */
export function Participants({ view, editable, change }: Props) {
  const { t, locale } = useI18n();
  const [role, setRole] = useState<ParticipantRole>('creditor');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const nameInput = useRef<HTMLInputElement | null>(null);
  // The case's parties, judge and clerk are offered while participants can still be added.
  const kase = useQuery('cases.get', editable ? { id: view.caseId } : null).data;
  const suggestions = useMemo(() => (kase ? suggestedParticipants(kase) : []), [kase]);

  const present = new Set(view.participants.map((p) => `${p.role}|${p.name}`));
  const offered = suggestions.filter((s) => !present.has(`${s.role}|${s.name}`));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await change(() => api.call('recon.addParticipant', { sessionId: view.id, role, name }));
    if (result.ok) {
      setName('');
      setError(null);
      nameInput.current?.focus();
    } else setError(locale === 'en' ? result.error.message_en : result.error.message_zh);
  };

  return (
    <section className="panel recon-participants" data-testid="recon-participants">
      <div className="panel__header">
        <h2>{t('recon.participants')}</h2>
      </div>
      {view.participants.length === 0 ? (
        <p className="muted">{t('recon.participants.none')}</p>
      ) : (
        <ul className="participant-list">
          {view.participants.map((p) => (
            <li key={p.id} data-testid="recon-participant" data-role={p.role}>
              <span className="participant-list__role">{t(ROLE_KEYS[p.role])}</span> {p.name}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <>
          {offered.length > 0 && (
            <p className="suggestions">
              <span className="muted">{t('recon.suggestions')}</span>
              {offered.map((s) => (
                <button
                  key={`${s.role}|${s.name}`}
                  type="button"
                  className="btn btn--small"
                  data-testid="recon-suggestion"
                  onClick={() => {
                    setRole(s.role);
                    setName(s.name);
                    nameInput.current?.focus();
                  }}
                >
                  {t(ROLE_KEYS[s.role])}
                  {t('punct.colon')}
                  {s.name}
                </button>
              ))}
            </p>
          )}
          <form className="inline-form" data-testid="recon-participant-form" onSubmit={(e) => void submit(e)}>
            <div className="field">
              <label htmlFor="recon-participant-role">{t('recon.participant.role')}</label>
              <select
                id="recon-participant-role"
                data-testid="recon-participant-role"
                value={role}
                onChange={(e) => setRole(e.target.value as ParticipantRole)}
              >
                {PARTICIPANT_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(ROLE_KEYS[r])}
                  </option>
                ))}
              </select>
            </div>
            <div className="field field--grow">
              <label htmlFor="recon-participant-name">{t('recon.participant.name')}</label>
              <input
                id="recon-participant-name"
                ref={nameInput}
                data-testid="recon-participant-name"
                value={name}
                maxLength={200}
                onChange={(e) => setName(e.target.value)}
              />
            </div>
            <button type="submit" className="btn btn--primary" data-testid="recon-participant-add">
              {t('recon.participant.add')}
            </button>
          </form>
          {error && (
            <div className="form-error" role="alert" data-testid="recon-participant-error">
              {error}
            </div>
          )}
        </>
      )}
    </section>
  );
}
