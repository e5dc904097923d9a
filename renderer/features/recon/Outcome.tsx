import type { SessionView } from '../../../core/features/recon/model';
import { Amount } from '../../ui/Amount';
import { useI18n } from '../../app/i18n';

type OutcomeShape = { agreedTotal?: string | null; courtTotal?: string | null; disputed?: unknown[] };

const asOutcome = (v: unknown): OutcomeShape =>
  typeof v === 'object' && v !== null ? (v as OutcomeShape) : {};

/** After the close: what was agreed, what the court found; read-only. */
export function Outcome({ view }: { view: SessionView }) {
  const { t } = useI18n();
  const o = asOutcome(view.outcome);
  const disputed = Array.isArray(o.disputed) ? o.disputed.length : 0;
  return (
    <section className="panel outcome" data-testid="recon-outcome">
      <div className="panel__header">
        <h2>{t('recon.outcome')}</h2>
      </div>
      <dl className="outcome__figures">
        <div>
          <dt>{t('recon.outcome.court')}</dt>
          <dd>
            <Amount value={o.courtTotal ?? null} testId="recon-outcome-court" /> {t('common.yuan')}
          </dd>
        </div>
        <div>
          <dt>{t('recon.outcome.agreed')}</dt>
          <dd>
            {o.agreedTotal ? (
              <>
                <Amount value={o.agreedTotal} testId="recon-outcome-agreed" /> {t('common.yuan')}
              </>
            ) : (
              <span className="muted" data-testid="recon-outcome-agreed-none">
                {t('recon.outcome.notAgreed', { n: disputed })}
              </span>
            )}
          </dd>
        </div>
      </dl>
      <p className="muted">{t('recon.readOnly')}</p>
    </section>
  );
}
