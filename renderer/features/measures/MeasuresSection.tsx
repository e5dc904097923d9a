import { useCallback, useEffect, useState } from 'react';
import type { Measure } from '../../../core/features/transfer/model';
import { api } from '../../app/api/client';
import { FormError, useErrorText } from '../../ui/Feedback';
import { RecordForm } from '../../ui/RecordForm';
import { useI18n } from '../../app/i18n';
import type { MessageKey } from '../../app/i18n';
import {
  EMPTY_MEASURE,
  kindKey,
  localToday,
  measureInput,
  measureValues,
  MEASURE_FIELDS,
  ADD_FIELDS,
  waitsForInput,
  RELEASE_FIELDS,
  renewInput,
  RENEW_FIELDS,
} from './forms';
import { MeasureStatus } from './MeasureStatus';
import { MeasureTimeline } from './MeasureTimeline';
import { SpreadsheetButton } from '../spreadsheets/SpreadsheetButton';
import './measures.css';

type Mode =
  | { kind: 'none' }
  | { kind: 'add' }
  | { kind: 'edit'; m: Measure }
  | { kind: 'renew'; m: Measure }
  | { kind: 'release'; m: Measure };

/** A row's buttons in order; `open` ones stay once the measure is released or renewed. */
const ROW_ACTIONS: readonly {
  kind: 'renew' | 'release' | 'edit' | 'delete';
  label: MessageKey;
  open?: true;
}[] = [
  { kind: 'renew', label: 'measures.renew' },
  { kind: 'release', label: 'measures.release' },
  { kind: 'edit', label: 'common.edit', open: true },
  { kind: 'delete', label: 'common.delete', open: true },
];

/** The case page's 查控措施台账: every measure with its last day and status; add, edit, renew, release, delete. */
export function MeasuresSection({ caseId, version }: { caseId: number; version?: string }) {
  const { t } = useI18n();
  const [measures, setMeasures] = useState<Measure[] | null>(null);
  const [mode, setMode] = useState<Mode>({ kind: 'none' });
  const [confirming, setConfirming] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const message = useErrorText();

  const load = useCallback(async () => {
    const result = await api.call('measures.list', { caseId, asOf: localToday() });
    if (result.ok) setMeasures(result.value.measures);
    else setError(message(result.error));
  }, [caseId, message]);

  useEffect(() => {
    void load();
  }, [load, version]);

  const done = () => {
    setMode({ kind: 'none' });
    setError(null);
    void load();
  };

  const remove = async (m: Measure) => {
    const result = await api.call('measures.delete', { id: m.id });
    setConfirming(null);
    if (result.ok) done();
    else setError(message(result.error));
  };

  const form =
    mode.kind === 'add' || mode.kind === 'edit' ? (
      <RecordForm
        key={mode.kind === 'edit' ? `edit-${mode.m.id}` : 'add'}
        testId="measure-form"
        title={mode.kind === 'add' ? 'measures.add' : undefined}
        fields={mode.kind === 'add' ? ADD_FIELDS : MEASURE_FIELDS}
        initial={mode.kind === 'edit' ? measureValues(mode.m) : EMPTY_MEASURE}
        onSubmit={(v) =>
          mode.kind === 'edit'
            ? api.call('measures.update', { id: mode.m.id, ...measureInput(v) })
            : api.call('measures.add', { caseId, ...measureInput(v), waitsFor: waitsForInput(v.waitsFor) })
        }
        onSaved={done}
        onCancel={() => setMode({ kind: 'none' })}
      />
    ) : mode.kind === 'renew' ? (
      <div>
        <h3 className="record-form__title">{t('measures.renewTitle', { id: mode.m.id })}</h3>
        <RecordForm
          key={`renew-${mode.m.id}`}
          testId="measure-renew-form"
          fields={RENEW_FIELDS}
          initial={{ startDate: '', termMonths: '', rulingNumber: '', statedExpiry: '', note: '' }}
          onSubmit={(v) => api.call('measures.renew', renewInput(mode.m.id, v))}
          onSaved={done}
          onCancel={() => setMode({ kind: 'none' })}
        />
      </div>
    ) : mode.kind === 'release' ? (
      <div>
        <h3 className="record-form__title">{t('measures.releaseTitle', { id: mode.m.id })}</h3>
        <RecordForm
          key={`release-${mode.m.id}`}
          testId="measure-release-form"
          fields={RELEASE_FIELDS}
          initial={{ releasedOn: localToday(), note: '' }}
          onSubmit={(v) =>
            api.call('measures.release', {
              id: mode.m.id,
              releasedOn: v.releasedOn ?? '',
              note: v.note ?? '',
            })
          }
          onSaved={done}
          onCancel={() => setMode({ kind: 'none' })}
        />
      </div>
    ) : null;

  return (
    <section className="panel" data-testid="measures-section" aria-labelledby="measures-heading">
      <header className="panel__header">
        <h2 id="measures-heading">{t('measures.heading')}</h2>
        <div className="toolbar">
          <button
            type="button"
            className="btn"
            data-testid="measures-add"
            disabled={mode.kind === 'add'}
            onClick={() => setMode({ kind: 'add' })}
          >
            {t('measures.add')}
          </button>
          <SpreadsheetButton
            method="spreadsheets.measures"
            input={{ caseId, asOf: localToday() }}
            onError={setError}
          />
        </div>
      </header>
      <p className="muted section-intro">{t('measures.intro')}</p>
      <FormError text={error} testId="measures-error" />
      {form}
      {measures === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : measures.length === 0 ? (
        <p className="muted" data-testid="measures-empty">
          {t('measures.none')}
        </p>
      ) : (
        <>
          <MeasureTimeline measures={measures} today={localToday()} />
          <table className="grid" data-testid="measures-table">
            <thead>
              <tr>
                <th>#</th>
                <th>{t('measures.col.kind')}</th>
                <th>{t('measures.col.object')}</th>
                <th>{t('measures.col.ruling')}</th>
                <th>{t('measures.col.start')}</th>
                <th>{t('measures.col.term')}</th>
                <th>{t('measures.col.expiry')}</th>
                <th>{t('measures.col.status')}</th>
                <th className="actions">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {measures.map((m) => (
                <tr
                  key={m.id}
                  className={`measure-row--${m.status}`}
                  data-testid="measure-row"
                  data-measure-id={m.id}
                >
                  <td className="mono">{m.id}</td>
                  <td>
                    {t(kindKey(m.kind))}
                    {m.renewsId !== null && (
                      <span className="measure-sub">{t('measures.renewsOf', { id: m.renewsId })}</span>
                    )}
                    {m.waitsFor !== null && (
                      <span className="measure-sub" data-testid="measure-queue">
                        {m.promotedOn !== null
                          ? t('measures.promoted', { day: m.promotedOn })
                          : t('measures.queuedBehind', { id: m.waitsFor })}
                      </span>
                    )}
                  </td>
                  <td>
                    {m.object}
                    {m.origin === 'transferred' && (
                      <span className="measure-sub">
                        {t('measures.transferred', { court: m.originCourt })}
                      </span>
                    )}
                    {m.gapDays !== null && m.gapDays > 0 && (
                      <span className="measure-sub measure-sub--warn">
                        {t('measures.gap', { n: m.gapDays })}
                      </span>
                    )}
                  </td>
                  <td className="mono">{m.rulingNumber}</td>
                  <td className="mono nowrap">{m.startDate}</td>
                  <td>
                    {m.termMonths === null
                      ? t('measures.noTerm')
                      : t('measures.termValue', { n: m.termMonths })}
                  </td>
                  <td className="mono nowrap" data-testid="measure-expiry">
                    {m.expiresOn ?? t('common.none')}
                  </td>
                  <td>
                    <MeasureStatus m={m} />
                  </td>
                  <td className="actions">
                    {confirming === m.id ? (
                      <>
                        <button
                          type="button"
                          className="btn btn--small btn--danger"
                          data-testid="measure-confirm-delete"
                          autoFocus
                          onClick={() => void remove(m)}
                        >
                          {t('common.confirmDelete')}
                        </button>
                        <button type="button" className="btn btn--small" onClick={() => setConfirming(null)}>
                          {t('common.cancel')}
                        </button>
                      </>
                    ) : (
                      ROW_ACTIONS.filter(
                        (a) => a.open || (m.status !== 'released' && m.status !== 'renewed'),
                      ).map((a) => (
                        <button
                          key={a.kind}
                          type="button"
                          className="btn btn--small"
                          data-testid={`measure-${a.kind}`}
                          onClick={() =>
                            a.kind === 'delete' ? setConfirming(m.id) : setMode({ kind: a.kind, m })
                          }
                        >
                          {t(a.label)}
                        </button>
                      ))
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
