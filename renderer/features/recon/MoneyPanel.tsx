import { SIDES, type SessionEntryView, type SessionImpact } from '../../../core/features/recon/model';
import { Amount } from '../../ui/Amount';
import { useI18n } from '../../app/i18n';
import type { MessageKey } from '../../app/i18n';
import { fenToYuan, toFen } from '../../ui/lib/money';
import { entryRef, SIDE_KEYS } from './recon';
import { disputeKinds } from './bits';

const VERSIONS: { key: 'record' | 'creditor' | 'debtor' | 'court'; label: MessageKey }[] = [
  { key: 'record', label: 'recon.money.record' },
  { key: 'creditor', label: 'recon.money.creditor' },
  { key: 'debtor', label: 'recon.money.debtor' },
  { key: 'court', label: 'recon.money.court' },
];

/** Difference of two API amounts, exact in fen. */
function minus(a: string, b: string): string {
  const x = toFen(a.replace(/^-/, ''));
  const y = toFen(b.replace(/^-/, ''));
  if (x === null || y === null) return '';
  const sx = a.startsWith('-') ? -x : x;
  const sy = b.startsWith('-') ? -y : y;
  return fenToYuan(sx - sy);
}

/**
 * The money panel (right column): the total owed as recorded, as each party says, as the court finds,
 * and what each dispute alone is worth. The engine prices every version; nothing is computed here but
 * the difference of two of its figures.
 */
export function MoneyPanel({
  impact,
  entries,
  onPick,
}: {
  impact: SessionImpact;
  entries: SessionEntryView[];
  onPick?: (index: number) => void;
}) {
  const { t } = useI18n();
  const byKey = new Map(entries.map((e) => [e.key, e]));
  return (
    <aside className="money-panel" data-testid="recon-money" aria-label={t('recon.money')}>
      <h2>{t('recon.money')}</h2>
      <table className="money-table">
        <thead>
          <tr>
            <th />
            <th className="num">{t('recon.money.total')}</th>
            <th className="num">{t('recon.money.delta')}</th>
          </tr>
        </thead>
        <tbody>
          {VERSIONS.map((v) => {
            // No court total before the court has found on anything: it would only repeat the record.
            if (v.key === 'court' && !impact.courtFound)
              return (
                <tr key={v.key} data-testid="recon-total-court" className="money-table__court">
                  <th scope="row">{t(v.label)}</th>
                  <td className="num muted" colSpan={2} data-testid="recon-total-court-pending">
                    {t('recon.money.courtPending')}
                  </td>
                </tr>
              );
            const total = impact[v.key].total;
            const delta = v.key === 'record' ? null : minus(total, impact.record.total);
            return (
              <tr key={v.key} data-testid={`recon-total-${v.key}`} className={`money-table__${v.key}`}>
                <th scope="row">{t(v.label)}</th>
                <td className="num money-table__total">
                  <Amount value={total} testId={`recon-total-${v.key}-value`} />
                </td>
                <td className="num">
                  {delta !== null && delta !== '0.00' && (
                    <Amount value={delta} signed testId={`recon-total-${v.key}-delta`} />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h3>{t('recon.money.disputes')}</h3>
      {impact.disputes.length === 0 ? (
        <p className="muted" data-testid="recon-disputes-none">
          {t('recon.money.noDisputes')}
        </p>
      ) : (
        <ul className="dispute-list" data-testid="recon-disputes">
          {impact.disputes.map((d) => {
            const entry = byKey.get(d.entryKey);
            const ref = entry ? entryRef(entry) : null;
            return (
              <li
                key={`${d.entryKey}|${d.side}`}
                data-testid="recon-dispute"
                data-key={d.entryKey}
                data-side={d.side}
                data-delta={d.delta}
              >
                <button
                  type="button"
                  className="btn--link"
                  tabIndex={-1}
                  disabled={!onPick || !entry}
                  onClick={() => entry && onPick?.(entry.index)}
                >
                  <span className="mono">
                    {ref ?? t(entry?.kind === 'order' ? 'recon.entry.order' : 'recon.entry.balance')}
                  </span>{' '}
                  {disputeKinds(t, entry?.positions[d.side])}
                  <span className="muted">{t('punct.paren', { text: t(SIDE_KEYS[d.side]) })}</span>
                  {t('punct.colon')}
                </button>
                <Amount value={d.delta} signed /> {t('common.yuan')}
              </li>
            );
          })}
          {SIDES.filter((side) => impact.interaction[side] !== '0.00').map((side) => (
            <li
              key={`interaction|${side}`}
              data-testid="recon-interaction"
              data-side={side}
              data-delta={impact.interaction[side]}
              title={t('recon.money.interactionNote', { side: t(SIDE_KEYS[side]) })}
            >
              <span>
                {t('recon.money.interaction')}
                <span className="muted">{t('punct.paren', { text: t(SIDE_KEYS[side]) })}</span>
                {t('punct.colon')}
              </span>
              <Amount value={impact.interaction[side]} signed /> {t('common.yuan')}
            </li>
          ))}
        </ul>
      )}
      {impact.disputes.length > 1 && (
        <p className="muted money-panel__note">
          {t('recon.money.disputesNote', { n: impact.disputes.length })}
        </p>
      )}
    </aside>
  );
}
