import type { TraceStep } from '../../../core/lib/interest/types';
import { useI18n } from '../../app/i18n';

/** Every computed figure with the formula that produced it, in the reader's language. */
export function TracePanel({ steps, highlight }: { steps: TraceStep[]; highlight: ReadonlySet<number> }) {
  const { t, locale } = useI18n();
  const shown = highlight.size > 0 ? steps.filter((s) => highlight.has(s.step)) : steps;
  return (
    <ol className="trace" data-testid="trace">
      {shown.map((s) => (
        <li
          key={s.step}
          value={s.step}
          className={highlight.has(s.step) ? 'trace__step trace__step--hl' : 'trace__step'}
        >
          {locale === 'en' ? (
            <>
              <div>{s.en}</div>
              <code className="mono">{s.formula}</code>
            </>
          ) : (
            <div>{s.court ?? s.zh}</div>
          )}
        </li>
      ))}
      {shown.length === 0 && <li className="muted">{t('common.empty')}</li>}
    </ol>
  );
}
