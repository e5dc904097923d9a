import { useEffect, useState } from 'react';
import type { EntryApplyView, EntrySetView } from '../../../core/features/entry-sets/model';
import { api } from '../../app/api/client';
import { RecordForm } from '../../ui/RecordForm';
import { useI18n } from '../../app/i18n';
import { useQuery } from '../../ui/useQuery';
import { hrefFor } from '../../app/route';
import { EMPTY_SET, SET_FIELDS } from './lines';
import './entry-sets.css';
import { SetColumn } from './SetColumn';
import { DiffPanel } from './DiffPanel';

/**
 * 双人独立核算: two clerks enter the case's payments separately (A and B); the lists are compared, every
 * difference is settled (取 A / 取 B / 其他数值 with a reason), then the agreed list replaces the
 * case's payments in one step.
 */

export function DoubleEntryPage({ caseId }: { caseId: number }) {
  const { t } = useI18n();
  const thisCase = (p: { caseId: number }) => p.caseId === caseId;
  const kase = useQuery('cases.get', { id: caseId }, { topic: 'case.changed', when: thisCase });
  const list = useQuery('entrySets.list', { caseId }, { topic: 'case.changed', when: thisCase });
  const sets = list.data;
  const caseNumber = kase.data?.caseNumber ?? null;
  const paymentCount = kase.data?.payments.length ?? null;
  const [aId, setAId] = useState<number | null>(null);
  const [bId, setBId] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const [applied, setApplied] = useState<EntryApplyView | null>(null);

  // Each list read keeps the chosen pair where it still exists, else takes the first two lists.
  useEffect(() => {
    if (!sets) return;
    const ids = sets.map((s) => s.id);
    setAId((a) => (a !== null && ids.includes(a) ? a : (ids[0] ?? null)));
    setBId((b) => (b !== null && ids.includes(b) ? b : (ids[1] ?? null)));
  }, [sets]);
  const loadSets = async () => {
    await Promise.all([kase.reload(), list.reload()]);
  };

  const pair = aId !== null && bId !== null && aId !== bId ? { setA: aId, setB: bId } : null;
  const compared = useQuery('entrySets.diff', pair, { version: sets });
  const diff = pair && !compared.error ? compared.data : null;
  const error = compared.errorText ?? list.errorText;

  const setA = sets?.find((s) => s.id === aId) ?? null;
  const setB = sets?.find((s) => s.id === bId) ?? null;
  const setName = (s: EntrySetView) =>
    s.label ? `${s.clerk}${t('punct.paren', { text: s.label })}` : s.clerk;

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
          onChanged={(d) => compared.set(d)}
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
