import { useState, type ReactNode } from 'react';
import type { EntryApplyView, EntryDiffView } from '../../../core/features/entry-sets/model';
import { api } from '../../app/api/client';
import { Amount } from '../../ui/Amount';
import { RecordForm } from '../../ui/RecordForm';
import { useI18n, type Translate } from '../../app/i18n';
import type { MessageKey } from '../../app/i18n';
import { formatTimestamp } from '../../ui/lib/dates';
import { failure } from '../../ui/lib/errors';
import { messages } from './messages';
import { formatAmount, sumAmounts } from '../../ui/lib/money';
import { hrefFor } from '../../app/route';
import {
  DIFF_LABEL,
  differingField,
  OTHER_FIELDS,
  otherInitial,
  otherInput,
  type Difference,
  type LineShape,
} from './lines';
import { kindText } from './lines';
import { useCall } from '../../ui/useCall';

function LineCell({ line, field, hl }: { line: LineShape | undefined; field: keyof LineShape; hl: boolean }) {
  const { t } = useI18n();
  if (!line) return <td className="muted">—</td>;
  const content: ReactNode =
    field === 'amount' ? (
      <Amount value={line.amount} />
    ) : field === 'kind' ? (
      kindText(t, line.kind)
    ) : (
      line[field]
    );
  return (
    <td
      className={`${field === 'amount' ? 'num' : field === 'date' ? 'mono' : ''}${hl ? ' diff-hl' : ''}`}
      data-col={field}
    >
      {content}
    </td>
  );
}

const SOURCE_LABEL: Record<'both' | 'a' | 'b' | 'other', MessageKey> = {
  both: 'entrySets.source.both',
  a: 'entrySets.source.a',
  b: 'entrySets.source.b',
  other: 'entrySets.source.other',
};

/** The comparison: matched lines, each difference with its decision, the agreed list, and 应用. */
export function DiffPanel({
  diff,
  paymentCount,
  onChanged,
  onApplied,
  applied,
  caseId,
}: {
  diff: EntryDiffView;
  paymentCount: number | null;
  onChanged: (d: EntryDiffView) => void;
  onApplied: (r: EntryApplyView) => void;
  applied: EntryApplyView | null;
  caseId: number;
}) {
  const { t } = useI18n();
  const [other, setOther] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const call = useCall();
  const { pending: busy, errorText: error } = call;
  const setA = diff.setA.id;
  const setB = diff.setB.id;
  const open = diff.agreement.unresolved.length;
  const agreed = diff.agreement.payments;

  const resolve = async (key: string, choice: 'a' | 'b') => {
    const r = await call.run(() => api.call('entrySets.resolve', { setA, setB, key, choice }));
    if (r.ok) onChanged(r.value);
  };

  const apply = async () => {
    const r = await call.run(() => api.call('entrySets.apply', { setA, setB }));
    setConfirming(false);
    if (r.ok) onApplied(r.value);
  };

  const cols: (keyof LineShape)[] = ['date', 'amount', 'kind', 'payer'];

  return (
    <section className="panel" aria-labelledby="entry-diff-heading" data-testid="entry-diff">
      <header className="panel__header">
        <h2 id="entry-diff-heading">{t('entrySets.diffHeading')}</h2>
        <p
          className={`entry-status${open > 0 ? ' entry-status--open' : ''}`}
          role="status"
          data-testid="diff-status"
          data-open={open}
        >
          {diff.differences.length === 0
            ? t('entrySets.status.same')
            : open > 0
              ? t('entrySets.status.open', { n: open })
              : t('entrySets.status.done', { n: diff.differences.length })}
        </p>
      </header>
      {error && (
        <div className="form-error" role="alert" data-testid="diff-error">
          {error}
        </div>
      )}
      {diff.agreement.stale.length > 0 && (
        <p className="muted section-intro">{t('entrySets.stale', { n: diff.agreement.stale.length })}</p>
      )}

      <h3>{t('entrySets.differences', { n: diff.differences.length })}</h3>
      {diff.differences.length === 0 ? (
        <p className="muted">{t('entrySets.noDifferences')}</p>
      ) : (
        <ol className="diff-list">
          {diff.differences.map((d) => {
            const resolution = diff.resolutions.find((r) => r.key === d.key) ?? null;
            const a = 'a' in d ? d.a : undefined;
            const b = 'b' in d ? d.b : undefined;
            const hl = differingField(d);
            return (
              <li
                key={d.key}
                className={`diff-item${resolution ? ' diff-item--done' : ''}`}
                data-testid="diff-item"
                data-type={d.type}
                data-key={d.key}
                data-resolved={resolution ? resolution.choice : ''}
              >
                <div className="diff-item__head">
                  <strong data-testid="diff-type">{t(DIFF_LABEL[d.type])}</strong>
                  <span className="muted">{detail(t, d)}</span>
                </div>
                <table className="grid diff-pair">
                  <thead>
                    <tr>
                      <th scope="col" />
                      <th scope="col">{t('field.date')}</th>
                      <th scope="col" className="num">
                        {t('field.amount')}
                      </th>
                      <th scope="col">{t('field.paymentKind')}</th>
                      <th scope="col">{t('entrySets.payer')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {(
                      [
                        ['A', a],
                        ['B', b],
                      ] as const
                    ).map(([label, line]) => (
                      <tr key={label}>
                        <th scope="row">{label}</th>
                        {line ? (
                          cols.map((c) => <LineCell key={c} line={line} field={c} hl={hl === c} />)
                        ) : (
                          <td colSpan={4} className="muted diff-missing">
                            {t('entrySets.noLine')}
                          </td>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
                {resolution && (
                  <p className="diff-item__resolution" data-testid="diff-resolution">
                    {t('entrySets.decided', {
                      choice: t(SOURCE_LABEL[resolution.choice]),
                      who: resolution.decidedBy,
                      when: formatTimestamp(resolution.decidedAt),
                    })}
                    {resolution.choice === 'other' &&
                      (resolution.value
                        ? t('entrySets.decidedValue', {
                            date: resolution.value.date,
                            amount: formatAmount(resolution.value.amount),
                          })
                        : t('entrySets.decidedNone'))}
                    {resolution.reason && t('entrySets.decidedReason', { reason: resolution.reason })}
                  </p>
                )}
                {other === d.key ? (
                  <RecordForm
                    testId="diff-other-form"
                    title="entrySets.other.title"
                    fields={OTHER_FIELDS}
                    initial={otherInitial(d)}
                    onSubmit={async (v) => {
                      const input = otherInput(v);
                      if (input.reason === '')
                        return failure('VALIDATION_FAILED', messages['entrySets.other.reasonRequired'], {
                          issues: [{ path: ['reason'] }],
                        });
                      return api.call('entrySets.resolve', {
                        setA,
                        setB,
                        key: d.key,
                        choice: 'other',
                        ...input,
                      });
                    }}
                    onSaved={(value) => {
                      setOther(null);
                      call.clear();
                      onChanged(value as EntryDiffView);
                    }}
                    onCancel={() => setOther(null)}
                  />
                ) : (
                  <div className="diff-item__actions">
                    {(['a', 'b'] as const).map((side) => (
                      <button
                        key={side}
                        type="button"
                        className={`btn btn--small${resolution?.choice === side ? ' btn--active' : ''}`}
                        data-testid={`diff-take-${side}`}
                        disabled={busy}
                        aria-pressed={resolution?.choice === side}
                        onClick={() => void resolve(d.key, side)}
                      >
                        {t(side === 'a' ? 'entrySets.takeA' : 'entrySets.takeB')}
                      </button>
                    ))}
                    <button
                      type="button"
                      className={`btn btn--small${resolution?.choice === 'other' ? ' btn--active' : ''}`}
                      data-testid="diff-other"
                      disabled={busy}
                      onClick={() => setOther(d.key)}
                    >
                      {t('entrySets.takeOther')}
                    </button>
                    {(d.type === 'missingInA' || d.type === 'missingInB') && (
                      <span className="hint">
                        {t(
                          d.type === 'missingInB' ? 'entrySets.hint.missingInB' : 'entrySets.hint.missingInA',
                        )}
                      </span>
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}

      <details className="entry-matched" data-testid="entry-matched">
        <summary>{t('entrySets.matched', { n: diff.matched.length })}</summary>
        <table className="grid">
          <thead>
            <tr>
              <th scope="col">{t('field.date')}</th>
              <th scope="col" className="num">
                {t('field.amount')}
              </th>
              <th scope="col">{t('field.paymentKind')}</th>
              <th scope="col">{t('entrySets.payer')}</th>
            </tr>
          </thead>
          <tbody>
            {diff.matched.map(({ a }) => (
              <tr key={a.id} data-testid="matched-row">
                <td className="mono">{a.date}</td>
                <td className="num">
                  <Amount value={a.amount} />
                </td>
                <td>{kindText(t, a.kind)}</td>
                <td>{a.payer}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>

      <h3>{t('entrySets.agreed', { n: agreed.length })}</h3>
      <table className="grid" data-testid="agreed-table">
        <thead>
          <tr>
            <th scope="col">{t('field.date')}</th>
            <th scope="col" className="num">
              {t('field.amount')}
            </th>
            <th scope="col">{t('field.paymentKind')}</th>
            <th scope="col">{t('entrySets.payer')}</th>
            <th scope="col">{t('entrySets.source')}</th>
          </tr>
        </thead>
        <tbody>
          {agreed.map((p, i) => (
            <tr key={`${p.key ?? 'm'}-${i}`} data-testid="agreed-row">
              <td className="mono">{p.date}</td>
              <td className="num">
                <Amount value={p.amount} />
              </td>
              <td>{kindText(t, p.kind)}</td>
              <td>{p.payer}</td>
              <td>{t(SOURCE_LABEL[p.source])}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('common.total')}</th>
            <td className="num">
              <Amount value={sumAmounts(agreed.map((p) => p.amount))} testId="agreed-total" />
            </td>
            <td colSpan={3}>{open > 0 && <span className="muted">{t('entrySets.agreedPartial')}</span>}</td>
          </tr>
        </tfoot>
      </table>

      {applied && (
        <p className="notice" role="status" data-testid="entry-applied">
          {t('entrySets.applied', {
            added: applied.added.length,
            removed: applied.removed.length,
            kept: applied.kept.length,
          })}{' '}
          <a href={hrefFor({ name: 'case', id: caseId })} data-testid="entry-applied-back">
            {t('import.backToCase')}
          </a>
        </p>
      )}

      <div className="entry-apply">
        {confirming ? (
          <div
            className="confirm-box"
            role="alertdialog"
            aria-labelledby="entry-apply-question"
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                setConfirming(false);
              }
            }}
          >
            <p id="entry-apply-question">
              {t('entrySets.applyQuestion', {
                n: agreed.length,
                total: formatAmount(sumAmounts(agreed.map((p) => p.amount))),
                m: paymentCount ?? 0,
              })}
            </p>
            <button
              type="button"
              className="btn btn--primary"
              data-testid="entry-apply-confirm"
              autoFocus
              disabled={busy}
              onClick={() => void apply()}
            >
              {t('entrySets.applyConfirm')}
            </button>
            <button
              type="button"
              className="btn"
              data-testid="entry-apply-cancel"
              onClick={() => setConfirming(false)}
            >
              {t('common.cancel')}
            </button>
            <span className="hint">{t('entrySets.applyKeys')}</span>
          </div>
        ) : (
          <>
            <button
              type="button"
              className="btn btn--primary"
              data-testid="entry-apply"
              disabled={!diff.agreement.ready || busy}
              onClick={() => setConfirming(true)}
            >
              {t('entrySets.apply')}
            </button>
            {!diff.agreement.ready && (
              <span className="hint">{t('entrySets.applyBlocked', { n: open })}</span>
            )}
          </>
        )}
      </div>
    </section>
  );
}

function detail(t: Translate, d: Difference): string {
  switch (d.type) {
    case 'dateDiffers':
      return t('entrySets.detail.days', { n: Math.abs(d.days) });
    case 'amountDiffers':
      return t('entrySets.detail.delta', { delta: formatAmount(d.delta) });
    case 'kindDiffers':
      return t('entrySets.detail.kind', { a: kindText(t, d.a.kind), b: kindText(t, d.b.kind) });
    case 'missingInA':
      return t('entrySets.detail.onlyB', { date: d.b.date, amount: formatAmount(d.b.amount) });
    case 'missingInB':
      return t('entrySets.detail.onlyA', { date: d.a.date, amount: formatAmount(d.a.amount) });
    default:
      return '';
  }
}
