import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { EntryApplyView, EntryDiffView, EntrySetView } from '../../../core/features/entry-sets/model';
import type { ErrorInfo } from '../../../core/platform/api/model';
import { api } from '../../app/api/client';
import { Amount } from '../../ui/Amount';
import { EntitySection, type Column } from '../../ui/EntitySection';
import { RecordForm } from '../../ui/RecordForm';
import { useI18n, type Translate } from '../../app/i18n';
import type { MessageKey } from '../../app/i18n/zh-CN';
import { formatTimestamp } from '../../ui/lib/dates';
import { fileToBase64 } from '../imports/imports';
import { formatAmount, sumAmounts } from '../../ui/lib/money';
import { hrefFor } from '../../app/route';
import { paymentKindLabel } from '../cases/forms';
import {
  DIFF_LABEL,
  differingField,
  EMPTY_LINE,
  EMPTY_SET,
  LINE_FIELDS,
  lineInput,
  OTHER_FIELDS,
  otherInitial,
  otherInput,
  SET_FIELDS,
  type Difference,
  type LineShape,
} from './lines';

/**
 * 双人独立核算: two clerks enter the case's payments separately (A and B); the lists are compared, every
 * difference is settled (取 A / 取 B / 其他数值 with a reason), then the agreed list replaces the
 * case's payments in one step.
 */

type Line = EntrySetView['payments'][number];

const kindText = (t: Translate, kind: string) => {
  const key = paymentKindLabel(kind);
  return key ? t(key) : kind;
};

export function DoubleEntryPage({ caseId }: { caseId: number }) {
  const { t, locale } = useI18n();
  const [caseNumber, setCaseNumber] = useState<string | null>(null);
  const [paymentCount, setPaymentCount] = useState<number | null>(null);
  const [sets, setSets] = useState<EntrySetView[] | null>(null);
  const [aId, setAId] = useState<number | null>(null);
  const [bId, setBId] = useState<number | null>(null);
  const [diff, setDiff] = useState<EntryDiffView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [applied, setApplied] = useState<EntryApplyView | null>(null);

  const message = useCallback((e: ErrorInfo) => (locale === 'en' ? e.message_en : e.message_zh), [locale]);

  const loadSets = useCallback(async () => {
    const [c, list] = await Promise.all([
      api.call('cases.get', { id: caseId }),
      api.call('entrySets.list', { caseId }),
    ]);
    if (c.ok) {
      setCaseNumber(c.value.caseNumber);
      setPaymentCount(c.value.payments.length);
    }
    if (!list.ok) {
      setError(message(list.error));
      return;
    }
    setSets(list.value);
    const ids = list.value.map((s) => s.id);
    setAId((a) => (a !== null && ids.includes(a) ? a : (ids[0] ?? null)));
    setBId((b) => (b !== null && ids.includes(b) ? b : (ids[1] ?? null)));
  }, [caseId, message]);

  const loadDiff = useCallback(async () => {
    if (aId === null || bId === null || aId === bId) {
      setDiff(null);
      return;
    }
    const r = await api.call('entrySets.diff', { setA: aId, setB: bId });
    if (r.ok) {
      setDiff(r.value);
      setError(null);
    } else {
      setDiff(null);
      setError(message(r.error));
    }
  }, [aId, bId, message]);

  useEffect(() => {
    void loadSets();
  }, [loadSets]);

  useEffect(() => {
    void loadDiff();
  }, [loadDiff, sets]);

  useEffect(
    () =>
      api.subscribe('case.changed', (payload) => {
        if (payload.caseId === caseId) void loadSets();
      }),
    [caseId, loadSets],
  );

  const setA = sets?.find((s) => s.id === aId) ?? null;
  const setB = sets?.find((s) => s.id === bId) ?? null;
  const setName = (s: EntrySetView) => (s.label ? `${s.clerk}（${s.label}）` : s.clerk);

  const sameSet = aId !== null && aId === bId;

  return (
    <div className="page double-entry" data-testid="double-entry-page">
      <nav className="crumbs">
        <a href={hrefFor({ name: 'case', id: caseId })} data-testid="double-entry-back">
          ← {caseNumber ?? t('import.backToCase')}
        </a>
      </nav>
      <div className="page__title">
        <div>
          <h1>{t('entrySets.title')}</h1>
          <p className="subtitle">{t('entrySets.subtitle')}</p>
        </div>
      </div>

      {error && (
        <div className="form-error" role="alert" data-testid="double-entry-error">
          {error}
        </div>
      )}

      <section className="panel" aria-labelledby="entry-sets-heading" data-testid="entry-sets">
        <header className="panel__header">
          <h2 id="entry-sets-heading">{t('entrySets.setsHeading')}</h2>
          <button
            type="button"
            className="btn"
            data-testid="entry-set-create"
            disabled={creating}
            onClick={() => setCreating(true)}
          >
            {t('entrySets.create')}
          </button>
        </header>
        {creating && (
          <RecordForm
            testId="entry-set-form"
            title="entrySets.create"
            fields={SET_FIELDS}
            initial={EMPTY_SET}
            onSubmit={(v) =>
              api.call('entrySets.create', {
                caseId,
                clerk: (v.clerk ?? '').trim(),
                label: (v.label ?? '').trim(),
              })
            }
            onSaved={(value) => {
              setCreating(false);
              const created = value as EntrySetView;
              if (aId === null) setAId(created.id);
              else if (bId === null) setBId(created.id);
              void loadSets();
            }}
            onCancel={() => setCreating(false)}
          />
        )}
        {sets && sets.length < 2 && <p className="muted section-intro">{t('entrySets.needTwo')}</p>}
        {sets && sets.length > 0 && (
          <div className="entry-pick">
            {(['a', 'b'] as const).map((side) => (
              <div className="field" key={side}>
                <label htmlFor={`entry-pick-${side}`}>
                  {t(side === 'a' ? 'entrySets.setA' : 'entrySets.setB')}
                </label>
                <select
                  id={`entry-pick-${side}`}
                  data-testid={`entry-pick-${side}`}
                  value={(side === 'a' ? aId : bId) ?? ''}
                  aria-invalid={sameSet ? true : undefined}
                  onChange={(e) => {
                    const v = e.target.value === '' ? null : Number(e.target.value);
                    setApplied(null);
                    if (side === 'a') setAId(v);
                    else setBId(v);
                  }}
                >
                  <option value="">{t('entrySets.pick')}</option>
                  {sets.map((s) => (
                    <option key={s.id} value={s.id}>
                      {t('entrySets.setOption', { id: s.id, name: setName(s), n: s.payments.length })}
                    </option>
                  ))}
                </select>
              </div>
            ))}
            {sameSet && (
              <p className="field__error" role="alert" data-testid="entry-pick-same">
                {t('entrySets.sameSet')}
              </p>
            )}
          </div>
        )}
      </section>

      <div className="entry-columns">
        {(
          [
            ['a', setA],
            ['b', setB],
          ] as const
        ).map(([side, set]) =>
          set ? (
            <SetColumn
              key={side}
              side={side}
              set={set}
              name={setName(set)}
              onChanged={() => void loadSets()}
            />
          ) : (
            <section key={side} className="panel entry-column" data-testid={`set-${side}-section`}>
              <p className="muted">{t('entrySets.noSet')}</p>
            </section>
          ),
        )}
      </div>

      {diff && !sameSet && (
        <DiffPanel
          diff={diff}
          paymentCount={paymentCount}
          onChanged={(d) => setDiff(d)}
          onApplied={(r) => {
            setApplied(r);
            void loadSets();
          }}
          applied={applied}
          caseId={caseId}
        />
      )}
    </div>
  );
}

/** One clerk's list: its lines, add / delete, and filling it from a statement file. */
function SetColumn({
  side,
  set,
  name,
  onChanged,
}: {
  side: 'a' | 'b';
  set: EntrySetView;
  name: string;
  onChanged: () => void;
}) {
  const { t, locale } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement | null>(null);

  const importFile = async (file: File) => {
    setNotice(null);
    let base64: string;
    try {
      base64 = await fileToBase64(file);
    } catch {
      setError(t('import.readFailed'));
      return;
    }
    const before = set.payments.length;
    const r = await api.call('entrySets.import', { setId: set.id, fileName: file.name, base64 });
    if (r.ok) {
      setError(null);
      setNotice(t('entrySets.imported', { n: r.value.payments.length - before, file: file.name }));
      onChanged();
    } else setError(locale === 'en' ? r.error.message_en : r.error.message_zh);
  };

  const columns: Column<Line>[] = [
    { key: 'date', header: 'field.date', render: (l) => <span className="mono">{l.date}</span> },
    { key: 'amount', header: 'field.amount', numeric: true, render: (l) => <Amount value={l.amount} /> },
    { key: 'kind', header: 'field.paymentKind', render: (l) => kindText(t, l.kind) },
    { key: 'payer', header: 'entrySets.payer', render: (l) => l.payer },
    { key: 'note', header: 'field.note', render: (l) => l.note },
  ];

  return (
    <div className="entry-column">
      <EntitySection<Line>
        testId={`set-${side}`}
        title={side === 'a' ? 'entrySets.listA' : 'entrySets.listB'}
        addLabel="entrySets.addLine"
        rows={set.payments}
        columns={columns}
        fields={LINE_FIELDS}
        emptyValues={EMPTY_LINE}
        create={(v) => api.call('entrySets.addPayment', { setId: set.id, ...lineInput(v) })}
        remove={(row) => api.call('entrySets.deletePayment', { id: row.id })}
        onChanged={onChanged}
        extra={
          <>
            <button
              type="button"
              className="btn"
              data-testid={`set-${side}-import`}
              onClick={() => fileInput.current?.click()}
            >
              {t('entrySets.importFile')}
            </button>
            <input
              ref={fileInput}
              type="file"
              hidden
              accept=".csv,.xlsx"
              data-testid={`set-${side}-import-file`}
              onChange={(e) => {
                const f = e.target.files?.[0];
                e.target.value = '';
                if (f) void importFile(f);
              }}
            />
          </>
        }
        intro={
          <>
            <p className="entry-column__who" data-testid={`set-${side}-who`}>
              {t('entrySets.by', { name, id: set.id })}
            </p>
            {notice && (
              <p className="notice" role="status">
                {notice}
              </p>
            )}
            {error && (
              <div className="form-error" role="alert" data-testid={`set-${side}-error`}>
                {error}
              </div>
            )}
          </>
        }
        footer={
          <tr>
            <th scope="row">{t('common.total')}</th>
            <td className="num">
              <Amount value={set.total} testId={`set-${side}-total`} />
            </td>
            <td colSpan={4} />
          </tr>
        }
      />
    </div>
  );
}

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
function DiffPanel({
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
  const { t, locale } = useI18n();
  const [other, setOther] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const message = (e: ErrorInfo) => (locale === 'en' ? e.message_en : e.message_zh);
  const setA = diff.setA.id;
  const setB = diff.setB.id;
  const open = diff.agreement.unresolved.length;
  const agreed = diff.agreement.payments;

  const resolve = async (key: string, choice: 'a' | 'b') => {
    setBusy(true);
    const r = await api.call('entrySets.resolve', { setA, setB, key, choice });
    setBusy(false);
    if (r.ok) {
      setError(null);
      onChanged(r.value);
    } else setError(message(r.error));
  };

  const apply = async () => {
    setBusy(true);
    const r = await api.call('entrySets.apply', { setA, setB });
    setBusy(false);
    setConfirming(false);
    if (r.ok) {
      setError(null);
      onApplied(r.value);
    } else setError(message(r.error));
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
                        return {
                          ok: false,
                          error: {
                            code: 'VALIDATION_FAILED',
                            message_zh: '采用其他数值时须写明理由',
                            message_en: 'a reason is required for another value',
                            details: { issues: [{ path: ['reason'] }] },
                          },
                        };
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
                      setError(null);
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
