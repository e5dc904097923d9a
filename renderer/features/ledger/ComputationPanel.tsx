import { useCallback, useEffect, useRef, useState } from 'react';
import type { ComputeView } from '../../../core/features/ledger/model';
import type { Settings } from '../../../core/lib/interest/types';
import { api } from '../../app/api/client';
import { Amount } from '../../ui/Amount';
import { formatAmount } from '../../ui/lib/money';
import { writtenDate } from '../../../core/lib/money/input';
import { rulesText } from '../../../core/lib/interest/court';
import { rateTableText } from '../../../core/lib/rates/wording';
import { useI18n } from '../../app/i18n';
import { downloadText } from '../../ui/lib/download';
import { StatementExport } from '../documents/StatementExport';
import { SpreadsheetButton } from '../spreadsheets/SpreadsheetButton';
import { AllocationTable } from './AllocationTable';
import { BalanceChart } from './BalanceChart';
import { SettingsForm } from './SettingsForm';
import { TracePanel } from './TracePanel';
import './ledger.css';

const BUCKETS = ['principal', 'fee', 'generalInterest', 'oldDelay', 'doubled'] as const;

/**
 * The case's computation: balances, how each payment was applied, the chart, the settings and the trace.
 * It recomputes without the trace on every change (fast) and fetches the trace only when it is opened.
 */
export function ComputationPanel({ caseId, version }: { caseId: number; version: string }) {
  const { t, locale } = useI18n();
  const [view, setView] = useState<ComputeView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [draft, setDraft] = useState<Partial<Settings>>({});
  const [traced, setTraced] = useState<ComputeView | null>(null);
  const [highlight, setHighlight] = useState<ReadonlySet<number>>(new Set());
  const [notice, setNotice] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const message = useCallback(
    (e: { message_zh: string; message_en: string }) => (locale === 'en' ? e.message_en : e.message_zh),
    [locale],
  );
  const dirty = Object.keys(draft).length > 0;

  const load = useCallback(async () => {
    const result = await api.call('ledger.compute', {
      caseId,
      trace: false,
      timeline: true,
      ...(dirty ? { settings: draft } : {}),
    });
    if (result.ok) {
      setView(result.value);
      setError(null);
    } else {
      setView(null);
      setError(message(result.error));
    }
    setTraced(null);
  }, [caseId, draft, dirty, message]);

  useEffect(() => {
    void load();
  }, [load, version]);

  // A new LPR fixing entered anywhere changes the rates this case is computed with.
  useEffect(() => api.subscribe('rates.changed', () => void load()), [load]);

  /** The live view has no trace (speed); the traced computation is fetched once, then kept until a change. */
  const openTrace = async (payment?: string) => {
    let full = traced;
    if (!full) {
      const result = await api.call('ledger.compute', {
        caseId,
        trace: true,
        ...(dirty ? { settings: draft } : {}),
      });
      if (!result.ok) return setError(message(result.error));
      full = result.value;
      setTraced(full);
    }
    setHighlight(
      new Set(payment ? (full.allocations.find((a) => a.payment === payment)?.traceSteps ?? []) : []),
    );
  };

  const saveSettings = async () => {
    const merged = { ...(view?.settings ?? {}), ...draft };
    const result = await api.call('ledger.updateSettings', { caseId, settings: merged });
    if (result.ok) setDraft({});
    else setError(message(result.error));
  };

  const exportLedger = async () => {
    const result = await api.call('ledger.export', { caseId });
    if (result.ok) downloadText(result.value.fileName, result.value.text);
    else setError(message(result.error));
  };

  const importLedger = async (file: File) => {
    const text = await file.text();
    const result = await api.call('ledger.import', { caseId, text });
    setNotice(result.ok ? t('calc.imported', { n: result.value.payments.length }) : null);
    if (!result.ok) setError(message(result.error));
  };

  return (
    <section className="panel computation" data-testid="computation">
      <div className="panel__header">
        <h2>{t('calc.heading')}</h2>
        <div className="toolbar">
          <button
            type="button"
            className="btn"
            data-testid="ledger-export"
            onClick={() => void exportLedger()}
          >
            {t('calc.export')}
          </button>
          <StatementExport caseId={caseId} onError={setError} />
          <SpreadsheetButton method="spreadsheets.ledger" input={{ caseId }} onError={setError} />
          <button
            type="button"
            className="btn"
            data-testid="ledger-import"
            onClick={() => fileInput.current?.click()}
          >
            {t('calc.import')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            hidden
            data-testid="ledger-import-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void importLedger(file);
            }}
          />
        </div>
      </div>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {error && (
        <div className="form-error" role="alert" data-testid="computation-error">
          {error}
        </div>
      )}
      {view && (
        <>
          <p className="muted" data-testid="computation-meta">
            {t('calc.meta', {
              asOf: writtenDate(view.asOf),
              rules: rulesText(view.rules),
              table: rateTableText(view.rateTable),
            })}
            {dirty && <strong className="preview-flag"> {t('calc.preview')}</strong>}
          </p>
          {view.doubledOverPrincipal && (
            <p className="form-error" role="status" data-testid="doubled-over-principal">
              {t('calc.doubledOverPrincipal', {
                doubled: formatAmount(view.doubledOverPrincipal.doubled),
                principal: formatAmount(view.doubledOverPrincipal.principal),
              })}
            </p>
          )}
          <dl className="balances" data-testid="balances">
            {BUCKETS.map((b) => (
              <div key={b}>
                <dt>{t(`bucket.${b}`)}</dt>
                <dd>
                  <Amount value={view.balances[b]} testId={`balance-${b}`} />
                </dd>
              </div>
            ))}
            <div className="balances__total">
              <dt>{t('bucket.total')}</dt>
              <dd>
                <Amount value={view.balances.total} testId="balance-total" />
              </dd>
            </div>
          </dl>
          <BalanceChart points={view.timeline} />
          <h3>{t('calc.allocations')}</h3>
          <AllocationTable
            allocations={view.allocations}
            onShowTrace={(payment) => void openTrace(payment)}
          />
          <details className="settings">
            <summary>{t('calc.settings')}</summary>
            <SettingsForm
              settings={{ ...view.settings, ...draft } as Settings}
              dirty={dirty}
              onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
              onSave={() => void saveSettings()}
              onReset={() => setDraft({})}
            />
          </details>
          <div className="panel__header">
            <h3>{t('calc.trace')}</h3>
            <div className="toolbar">
              <button type="button" className="btn" data-testid="show-trace" onClick={() => void openTrace()}>
                {t('calc.trace.all')}
              </button>
              {traced && (
                <button
                  type="button"
                  className="btn"
                  onClick={() => (setTraced(null), setHighlight(new Set()))}
                >
                  {t('calc.trace.hide')}
                </button>
              )}
            </div>
          </div>
          {traced && <TracePanel steps={traced.trace} highlight={highlight} />}
        </>
      )}
    </section>
  );
}
