import { useCallback, useEffect, useState } from 'react';
import type { CheckItem } from '../../../core/transfer/checklist';
import type { CaseTransfer } from '../../../core/api/types-transfer';
import { api } from '../../api/client';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/zh-CN';
import { downloadBase64 } from './download';
import { localToday } from './forms';
import '../../styles/transfer.css';
import { RevealChoice } from '../privacy/RevealChoice';

const levelKey = (l: CheckItem['level']): MessageKey => `transfer.level.${l}`;

/**
 * The case page's 移送执行 panel: where the case came from (if it was received), the facts of a transfer,
 * the checklist, the 执行情况说明 and the transfer package.
 */
export function TransferPanel({ caseId, version }: { caseId: number; version?: string }) {
  const { t, locale } = useI18n();
  const [transfers, setTransfers] = useState<CaseTransfer[]>([]);
  const [decisionDate, setDecisionDate] = useState('');
  const [transferDate, setTransferDate] = useState(localToday());
  const [receivingCourt, setReceivingCourt] = useState('');
  const [pendingMatters, setPendingMatters] = useState('');
  const [acknowledge, setAcknowledge] = useState(false);
  const [items, setItems] = useState<CheckItem[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // Issue 8: identity and phone numbers in full in the next 执行情况说明 only.
  const [reveal, setReveal] = useState(false);
  const message = (e: { message_zh: string; message_en: string }) =>
    locale === 'en' ? e.message_en : e.message_zh;

  const loadTransfers = useCallback(async () => {
    const r = await api.call('transfer.list', { caseId });
    if (r.ok) setTransfers(r.value);
  }, [caseId]);
  useEffect(() => {
    void loadTransfers();
  }, [loadTransfers, version]);

  const fields = () => ({
    caseId,
    transferDate,
    decisionDate: decisionDate.trim() === '' ? null : decisionDate.trim(),
    receivingCourt,
    pendingMatters,
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
      const r = await api.call('documents.statusAccount', { ...fields(), reveal });
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
        amount: r.value.unrealised,
        n: r.value.entries.length,
      }),
    );
    void loadTransfers();
  };

  const incoming = transfers.filter((x) => x.direction === 'in');

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
            amount: x.unrealised,
          })}
        </p>
      ))}
      <p className="muted section-intro">{t('transfer.intro')}</p>
      <div className="record-form__grid">
        <div className="field">
          <label htmlFor="transfer-decision">{t('transfer.decisionDate')}</label>
          <input
            id="transfer-decision"
            data-testid="transfer-decision"
            placeholder={t('placeholder.date')}
            value={decisionDate}
            onChange={(e) => setDecisionDate(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="transfer-date">{t('transfer.transferDate')}</label>
          <input
            id="transfer-date"
            data-testid="transfer-date"
            value={transferDate}
            onChange={(e) => setTransferDate(e.target.value)}
          />
        </div>
        <div className="field field--wide">
          <label htmlFor="transfer-court">{t('transfer.receivingCourt')}</label>
          <input
            id="transfer-court"
            data-testid="transfer-court"
            value={receivingCourt}
            onChange={(e) => setReceivingCourt(e.target.value)}
          />
        </div>
        <div className="field field--wide">
          <label htmlFor="transfer-pending">{t('transfer.pending')}</label>
          <textarea
            id="transfer-pending"
            data-testid="transfer-pending"
            rows={3}
            value={pendingMatters}
            onChange={(e) => setPendingMatters(e.target.value)}
          />
        </div>
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
        <button
          type="button"
          className="btn"
          data-testid="transfer-account"
          disabled={busy}
          onClick={() => void run('account')}
        >
          {t('transfer.statusAccount')}
        </button>
        <RevealChoice checked={reveal} onChange={setReveal} testId="transfer-account-reveal" />
        <button
          type="button"
          className="btn btn--primary"
          data-testid="transfer-export"
          disabled={busy}
          onClick={() => void run('package')}
        >
          {t('transfer.export')}
        </button>
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
      {error && (
        <div className="form-error" role="alert" data-testid="transfer-error">
          {error}
        </div>
      )}
      {done && (
        <p className="muted" role="status" data-testid="transfer-done">
          {done}
        </p>
      )}
    </section>
  );
}
