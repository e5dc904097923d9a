import { useCallback, useEffect, useState, type ChangeEvent } from 'react';
import { formatAmount } from '../../ui/lib/money';
import type { CheckItem } from '../../../core/features/transfer/model';
import type { CaseTransfer } from '../../../core/features/transfer/model';
import { api } from '../../app/api/client';
import { FormError, useErrorText } from '../../ui/Feedback';
import { LabelledField } from '../../ui/LabelledField';
import { useI18n } from '../../app/i18n';
import type { MessageKey } from '../../app/i18n';
import { downloadBase64 } from '../../ui/lib/download';
import { localToday } from '../measures/forms';
import './transfer.css';
import { RevealChoice } from '../documents/RevealChoice';
import { ExportProgressNote, useExportProgress } from '../../ui/export-progress/ExportProgress';

const levelKey = (l: CheckItem['level']): MessageKey => `transfer.level.${l}`;

type Facts = { decisionDate: string; transferDate: string; receivingCourt: string; pendingMatters: string };
/** The facts of a transfer as typed; a row with `rows` is a text area. */
const FACT_FIELDS: readonly {
  key: keyof Facts;
  id: string;
  label: MessageKey;
  wide?: boolean;
  rows?: number;
  placeholder?: MessageKey;
}[] = [
  {
    key: 'decisionDate',
    id: 'transfer-decision',
    label: 'transfer.decisionDate',
    placeholder: 'placeholder.date',
  },
  { key: 'transferDate', id: 'transfer-date', label: 'transfer.transferDate' },
  { key: 'receivingCourt', id: 'transfer-court', label: 'transfer.receivingCourt', wide: true },
  { key: 'pendingMatters', id: 'transfer-pending', label: 'transfer.pending', wide: true, rows: 3 },
];

/**
 * The case page's 移送执行 panel: where the case came from (if it was received), the facts of a transfer,
 * the checklist, the 执行情况说明 and the transfer package.
 */
export function TransferPanel({ caseId, version }: { caseId: number; version?: string }) {
  const { t, locale } = useI18n();
  const [transfers, setTransfers] = useState<CaseTransfer[]>([]);
  const [facts, setFacts] = useState<Facts>(() => ({
    decisionDate: '',
    transferDate: localToday(),
    receivingCourt: '',
    pendingMatters: '',
  }));
  const [acknowledge, setAcknowledge] = useState(false);
  const [items, setItems] = useState<CheckItem[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // Identity and phone numbers in full in the next 执行情况说明 only.
  const [reveal, setReveal] = useState(false);
  // A long 执行情况说明 is laid out off the main thread, page by page.
  const exporting = useExportProgress('documents.statusAccount', { caseId });
  const message = useErrorText();

  const loadTransfers = useCallback(async () => {
    const r = await api.call('transfer.list', { caseId });
    if (r.ok) setTransfers(r.value);
  }, [caseId]);
  useEffect(() => {
    void loadTransfers();
  }, [loadTransfers, version]);

  const fields = () => ({
    caseId,
    transferDate: facts.transferDate,
    decisionDate: facts.decisionDate.trim() === '' ? null : facts.decisionDate.trim(),
    receivingCourt: facts.receivingCourt,
    pendingMatters: facts.pendingMatters,
  });

  const check = async () => {
    setError(null);
    const r = await api.call('transfer.checklist', {
      caseId,
      decisionDate: fields().decisionDate,
      asOf: localToday(),
      acknowledgeExpiring: acknowledge,
    });
    if (r.ok) setItems(r.value.items);
    else setError(message(r.error));
  };

  const run = async (what: 'account' | 'package') => {
    if (busy) return;
    setBusy(true);
    setError(null);
    setDone(null);
    if (what === 'account') {
      const r = await exporting.track(() => api.call('documents.statusAccount', { ...fields(), reveal }));
      setReveal(false);
      setBusy(false);
      if (!r.ok) return setError(message(r.error));
      downloadBase64(r.value.fileName, r.value.base64, 'application/pdf');
      setDone(r.value.fileName);
      return;
    }
    const r = await api.call('transfer.export', {
      ...fields(),
      asOf: localToday(),
      acknowledgeExpiring: acknowledge,
    });
    setBusy(false);
    if (!r.ok) {
      const details = r.error.details as { items?: CheckItem[] } | undefined;
      if (details?.items) setItems(details.items);
      return setError(message(r.error));
    }
    setItems(r.value.checklist);
    downloadBase64(r.value.fileName, r.value.base64, 'application/zip');
    setDone(
      t('transfer.exported', {
        file: r.value.fileName,
        amount: formatAmount(r.value.unrealised),
        n: r.value.entries.length,
      }),
    );
    void loadTransfers();
  };

  const incoming = transfers.filter((x) => x.direction === 'in');
  const runButton = (what: 'account' | 'package', className: string, label: MessageKey) => (
    <button
      type="button"
      className={className}
      data-testid={what === 'account' ? 'transfer-account' : 'transfer-export'}
      disabled={busy}
      onClick={() => void run(what)}
    >
      {t(label)}
    </button>
  );

  return (
    <section className="panel" data-testid="transfer-panel" aria-labelledby="transfer-heading">
      <header className="panel__header">
        <h2 id="transfer-heading">{t('transfer.heading')}</h2>
      </header>
      {incoming.map((x) => (
        <p key={x.id} className="transfer-origin" data-testid="transfer-origin">
          {t('transfer.origin', {
            court: x.originalCourt || '—',
            caseNumber: x.originalCaseNumber,
            date: x.transferDate,
            amount: formatAmount(x.unrealised),
          })}
        </p>
      ))}
      <p className="muted section-intro">{t('transfer.intro')}</p>
      <div className="record-form__grid">
        {FACT_FIELDS.map((f) => {
          const props = {
            id: f.id,
            'data-testid': f.id,
            value: facts[f.key],
            placeholder: f.placeholder && t(f.placeholder),
            onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
              setFacts((x) => ({ ...x, [f.key]: e.target.value })),
          };
          return (
            <LabelledField key={f.id} id={f.id} label={t(f.label)} wide={f.wide}>
              {f.rows ? <textarea rows={f.rows} {...props} /> : <input {...props} />}
            </LabelledField>
          );
        })}
      </div>
      <div className="transfer-actions">
        <button type="button" className="btn" data-testid="transfer-check" onClick={() => void check()}>
          {t('transfer.check')}
        </button>
        <label className="transfer-ack">
          <input
            type="checkbox"
            data-testid="transfer-acknowledge"
            checked={acknowledge}
            onChange={(e) => setAcknowledge(e.target.checked)}
          />{' '}
          {t('transfer.acknowledge')}
        </label>
        {runButton('account', 'btn', 'transfer.statusAccount')}
        <RevealChoice checked={reveal} onChange={setReveal} testId="transfer-account-reveal" />
        <ExportProgressNote
          progress={exporting.progress}
          running={exporting.running}
          testId="transfer-account-progress"
        />
        {runButton('package', 'btn btn--primary', 'transfer.export')}
      </div>
      {items && (
        <ul className="checklist" data-testid="transfer-checklist">
          {items.map((i, n) => (
            <li key={n} data-testid="transfer-check-item" data-level={i.level} data-code={i.code}>
              <span className={`checklist__level checklist__level--${i.level}`}>{t(levelKey(i.level))}</span>
              <span>{locale === 'en' ? i.en : i.zh}</span>
            </li>
          ))}
        </ul>
      )}
      <FormError text={error} testId="transfer-error" />
      {done && (
        <p className="muted" role="status" data-testid="transfer-done">
          {done}
        </p>
      )}
    </section>
  );
}
