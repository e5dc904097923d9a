import type { Participant, SessionEntryView, SessionView } from '../../../core/features/recon/model';
import { ROLE_SPEAKS_FOR, SIDES, type Side } from '../../../core/features/recon/model';
import { useI18n } from '../../app/i18n';
import { ADOPT_KEYS, ROLE_KEYS, SIDE_KEYS, SIDE_ROLES } from './recon';
import { LockIcon, PositionText } from './bits';
import type { OpenForm } from './forms';

type Props = {
  view: SessionView;
  entry: SessionEntryView;
  side: Side;
  /** the person the keys act on (null: the session names nobody for the sides, the side speaks) */
  person: Participant | null;
  editable: boolean;
  onSide: (side: Side) => void;
  onPerson: (person: Participant) => void;
  onOpen: (form: Exclude<OpenForm, null>) => void;
};

/** The people who state positions, in the order the keys 1–9 pick them: applicant side, respondent side, 利害关系人. */
export function speakersOf(participants: readonly Participant[]): Participant[] {
  const rank = { creditor: 0, debtor: 1, interested: 2 } as const;
  return participants
    .filter((p) => ROLE_SPEAKS_FOR[p.role] !== null)
    .sort(
      (a, b) => rank[ROLE_SPEAKS_FOR[a.role]!] - rank[ROLE_SPEAKS_FOR[b.role]!] || a.position - b.position,
    );
}

/** One person's line in a side's card: their latest position on this entry and their own actions. */
function PersonLine({
  person,
  n,
  entry,
  selected,
  editable,
  onPerson,
  onOpen,
}: {
  person: Participant;
  n: number;
  entry: SessionEntryView;
  selected: boolean;
  editable: boolean;
  onPerson: (person: Participant) => void;
  onOpen: (form: Exclude<OpenForm, null>) => void;
}) {
  const { t } = useI18n();
  const position = entry.persons.find((p) => p.participantId === person.id);
  const side = ROLE_SPEAKS_FOR[person.role];
  return (
    <li
      className={`person${selected ? ' person--selected' : ''}`}
      data-testid="recon-person"
      data-person={person.id}
      data-selected={selected}
      data-stance={position?.stance ?? 'none'}
      onClick={(e) => {
        e.stopPropagation();
        onPerson(person);
      }}
    >
      <span className="person__who">
        <kbd>{n}</kbd> {t(ROLE_KEYS[person.role])} {person.name}
      </span>
      <span className="person__position" data-testid={`recon-person-position-${person.id}`}>
        <PositionText position={position} />
        {position?.rest && <span className="muted">{t('recon.rest.mark')}</span>}
        {position?.statement && (
          <span className="muted"> {t('punct.quoted', { text: position.statement })}</span>
        )}
      </span>
      {editable && (
        <span className="toolbar">
          {!entry.locked && side !== null && (
            <>
              <button
                type="button"
                className="btn btn--small"
                data-testid={`recon-person-agree-${person.id}`}
                onClick={() => onOpen({ kind: 'agree', side, person })}
              >
                {t('recon.agree')}
              </button>
              <button
                type="button"
                className="btn btn--small"
                data-testid={`recon-person-dispute-${person.id}`}
                onClick={() => onOpen({ kind: 'dispute', side, person })}
              >
                {t('recon.dispute')}
              </button>
            </>
          )}
          <button
            type="button"
            className="btn btn--small"
            data-testid={`recon-rest-${person.id}`}
            onClick={() => onOpen({ kind: 'rest', person })}
          >
            {t('recon.rest')} <kbd>R</kbd>
          </button>
        </span>
      )}
    </li>
  );
}

/** Each party's current position and statement on the entry, the court's finding, and the actions that open a form. */
export function SidesPanel({ view, entry, side, person, editable, onSide, onPerson, onOpen }: Props) {
  const { t } = useI18n();
  const disputed = entry.status === 'disputed' || entry.status === 'found';
  const speakers = speakersOf(view.participants);
  const interested = speakers.filter((p) => p.role === 'interested');
  const line = (p: Participant) => (
    <PersonLine
      key={p.id}
      person={p}
      n={speakers.indexOf(p) + 1}
      entry={entry}
      selected={person?.id === p.id}
      editable={editable}
      onPerson={onPerson}
      onOpen={onOpen}
    />
  );
  return (
    <section className="sides" data-testid="recon-sides">
      {SIDES.map((s, i) => {
        const position = entry.positions[s];
        const mine = speakers.filter((p) => SIDE_ROLES[s].includes(p.role));
        const names = mine.map((p) => p.name);
        return (
          <div
            key={s}
            className={`side-card${s === side ? ' side-card--selected' : ''}`}
            data-testid={`recon-side-${s}`}
            data-selected={s === side}
            data-stance={position?.stance ?? 'none'}
            onClick={() => onSide(s)}
          >
            <h3>
              {speakers.length === 0 && <kbd>{i + 1}</kbd>} {t(SIDE_KEYS[s])}
              {names.length > 0 && <span className="side-card__names">{names.join(t('punct.list'))}</span>}
            </h3>
            <p className="side-card__position" data-testid={`recon-position-${s}`}>
              <PositionText position={position} />
            </p>
            {position?.statement && (
              <p className="side-card__statement" data-testid={`recon-statement-${s}`}>
                {t('punct.quoted', { text: position.statement })}
              </p>
            )}
            {mine.length > 0 && <ul className="persons">{mine.map(line)}</ul>}
            {editable && !entry.locked && mine.length === 0 && (
              <div className="toolbar">
                <button
                  type="button"
                  className="btn btn--small"
                  data-testid={`recon-agree-${s}`}
                  onClick={() => onOpen({ kind: 'agree', side: s })}
                >
                  {t('recon.agree')} <kbd>C</kbd>
                </button>
                <button
                  type="button"
                  className="btn btn--small"
                  data-testid={`recon-dispute-${s}`}
                  onClick={() => onOpen({ kind: 'dispute', side: s })}
                >
                  {t('recon.dispute')} <kbd>D</kbd>
                </button>
              </div>
            )}
          </div>
        );
      })}
      {interested.length > 0 && (
        <div
          className="side-card"
          data-testid="recon-side-interested"
          data-stance={
            entry.persons.some((p) => p.side === 'interested' && p.stance === 'dispute') ? 'dispute' : 'none'
          }
        >
          <h3>{t('recon.side.interested')}</h3>
          <ul className="persons">{interested.map(line)}</ul>
        </div>
      )}
      <div className="court-card" data-testid="recon-court">
        {entry.finding ? (
          <p data-testid="recon-finding">
            <strong>
              {t('recon.finding')}
              {t('punct.colon')}
            </strong>
            {t(ADOPT_KEYS[entry.finding.adopt])}
            {entry.finding.reason && (
              <span className="muted">{t('punct.paren', { text: entry.finding.reason })}</span>
            )}
          </p>
        ) : disputed ? (
          <p className="muted">{t('recon.finding.pending')}</p>
        ) : null}
        {entry.locked && (
          <p className="muted">
            <LockIcon /> {t('recon.lockedHint')}
          </p>
        )}
        {editable && (
          <div className="toolbar">
            {disputed && (
              <button
                type="button"
                className="btn btn--small"
                data-testid="recon-finding-open"
                onClick={() => onOpen({ kind: 'finding' })}
              >
                {t('recon.finding')} <kbd>F</kbd>
              </button>
            )}
            {entry.locked && (
              <button
                type="button"
                className="btn btn--small"
                data-testid="recon-unlock"
                onClick={() => onOpen({ kind: 'unlock' })}
              >
                {t('recon.unlock')} <kbd>U</kbd>
              </button>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
