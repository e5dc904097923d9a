import type { SessionEntryView, SessionView } from '../../../core/features/recon/model';
import { SIDES, type Side } from '../../../core/features/recon/model';
import { useI18n } from '../../app/i18n';
import { ADOPT_KEYS, SIDE_KEYS, SIDE_ROLES } from './recon';
import { LockIcon, PositionText } from './bits';
import type { OpenForm } from './forms';

type Props = {
  view: SessionView;
  entry: SessionEntryView;
  side: Side;
  editable: boolean;
  onSide: (side: Side) => void;
  onOpen: (form: Exclude<OpenForm, null>) => void;
};

/** Each party's current position and statement on the entry, the court's finding, and the actions that open a form. */
export function SidesPanel({ view, entry, side, editable, onSide, onOpen }: Props) {
  const { t } = useI18n();
  const disputed = entry.status === 'disputed' || entry.status === 'found';
  return (
    <section className="sides" data-testid="recon-sides">
      {SIDES.map((s, i) => {
        const position = entry.positions[s];
        const names = view.participants.filter((p) => SIDE_ROLES[s].includes(p.role)).map((p) => p.name);
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
              <kbd>{i + 1}</kbd> {t(SIDE_KEYS[s])}
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
            {editable && !entry.locked && (
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
