import { useState } from 'react';
import type { ReceiptView } from '../../../core/features/receipts/model';
import type { Envelope } from '../../../core/platform/api/model';
import type { DocumentExport } from '../../../core/features/documents/model';
import { api } from '../../app/api/client';
import { useI18n } from '../../app/i18n';
import { Amount } from '../../ui/Amount';
import { AmountInput } from '../../ui/AmountInput';
import { DateInput } from '../../ui/DateInput';
import { FormError, Notice, useErrorText } from '../../ui/Feedback';
import { useQuery } from '../../ui/useQuery';
import { downloadPdf } from '../signatures/pdf';
import './receipts.css';

const METHODS = ['transfer', 'cash', 'deduction', 'other'] as const;
type Method = (typeof METHODS)[number];

/**
 * 执行款收付台账 of the case: money received (到账 day, payer, amount, reason), the 30-day payout clock,
 * payouts (under the open distribution plan when ticked), the 收款笔录 of cash and the monthly 台账.
 */
export function ReceiptsPanel({ caseId, planId }: { caseId: number; planId: number | null }) {
  const { t, locale } = useI18n();
  const message = useErrorText();
  const list = useQuery('receipts.list', { caseId });
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [draft, setDraft] = useState({
    receivedOn: '',
    payer: '',
    amount: '',
    reason: '',
    method: 'transfer' as Method,
  });
  const [ledger, setLedger] = useState({ month: '', a: '', b: '' });

  const done = async (r: Envelope<unknown>) => {
    if (!r.ok) return setError(message(r.error));
    setError(null);
    await list.reload();
  };
  const exported = (r: Envelope<DocumentExport>) => {
    if (!r.ok) return setError(message(r.error));
    setError(null);
    downloadPdf(r.value.fileName, r.value.base64);
    setNotice(t('receipts.exported', { file: r.value.fileName }));
  };
  const add = async () => {
    const r = await api.call('receipts.add', { caseId, ...draft, note: '' });
    await done(r);
    if (r.ok) setDraft({ ...draft, payer: '', amount: '', reason: '' });
  };
  const v = list.data;
  return (
    <section className="panel receipts" data-testid="receipts-panel">
      <header className="panel__header">
        <h2>{t('receipts.heading')}</h2>
      </header>
      <FormError text={error ?? list.errorText} testId="receipts-error" />
      <Notice text={notice} />
      {v && v.receipts.length === 0 && <p className="muted">{t('receipts.none')}</p>}
      {v && v.receipts.length > 0 && (
        <div className="table-wrap">
          <table className="money-table" data-testid="receipts-table">
            <thead>
              <tr>
                <th>{t('receipts.receivedOn')}</th>
                <th>{t('receipts.payer')}</th>
                <th className="num">{t('receipts.amount')}</th>
                <th>{t('receipts.reason')}</th>
                <th>{t('receipts.deadline')}</th>
                <th className="num">{t('receipts.paidOut')}</th>
                <th>{t('receipts.status')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {v.receipts.map((r) => (
                <ReceiptRow key={r.id} r={r} planId={planId} onDone={done} onExport={exported} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {v && <p className="muted small">{locale === 'en' ? v.rule.en : v.rule.zh}</p>}
      <div className="receipts__form" data-testid="receipt-form">
        <label className="field">
          <span>{t('receipts.receivedOn')}</span>
          <DateInput
            testId="receipt-date"
            value={draft.receivedOn}
            onChange={(x) => setDraft({ ...draft, receivedOn: x })}
          />
        </label>
        <label className="field">
          <span>{t('receipts.payer')}</span>
          <input
            data-testid="receipt-payer"
            value={draft.payer}
            onChange={(e) => setDraft({ ...draft, payer: e.target.value })}
          />
        </label>
        <label className="field">
          <span>{t('receipts.amount')}</span>
          <AmountInput
            testId="receipt-amount"
            value={draft.amount}
            onChange={(x) => setDraft({ ...draft, amount: x })}
          />
        </label>
        <label className="field">
          <span>{t('receipts.reason')}</span>
          <input
            data-testid="receipt-reason"
            value={draft.reason}
            onChange={(e) => setDraft({ ...draft, reason: e.target.value })}
          />
        </label>
        <label className="field">
          <span>{t('receipts.method')}</span>
          <select
            data-testid="receipt-method"
            value={draft.method}
            onChange={(e) => setDraft({ ...draft, method: e.target.value as Method })}
          >
            {METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`receipts.method.${m}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="btn" data-testid="receipt-add" onClick={() => void add()}>
          {t('receipts.add')}
        </button>
      </div>
      <div className="receipts__form" data-testid="receipts-ledger">
        <label className="field">
          <span>{t('receipts.month')}</span>
          <input
            data-testid="ledger-month"
            value={ledger.month}
            onChange={(e) => setLedger({ ...ledger, month: e.target.value })}
          />
        </label>
        <label className="field">
          <span>{t('receipts.reconciler1')}</span>
          <input
            data-testid="ledger-a"
            value={ledger.a}
            onChange={(e) => setLedger({ ...ledger, a: e.target.value })}
          />
        </label>
        <label className="field">
          <span>{t('receipts.reconciler2')}</span>
          <input
            data-testid="ledger-b"
            value={ledger.b}
            onChange={(e) => setLedger({ ...ledger, b: e.target.value })}
          />
        </label>
        <button
          type="button"
          className="btn"
          data-testid="ledger-export"
          onClick={() =>
            void api
              .call('documents.receiptsLedger', {
                month: ledger.month.trim(),
                reconcilers: [ledger.a, ledger.b],
              })
              .then(exported)
          }
        >
          {t('receipts.ledger')}
        </button>
      </div>
    </section>
  );
}

function ReceiptRow({
  r,
  planId,
  onDone,
  onExport,
}: {
  r: ReceiptView;
  planId: number | null;
  onDone: (x: Envelope<unknown>) => Promise<void>;
  onExport: (x: Envelope<DocumentExport>) => void;
}) {
  const { t } = useI18n();
  const [pay, setPay] = useState({ payee: '', amount: '', paidOn: '', underPlan: planId !== null });
  const status =
    r.status === 'paidOut'
      ? t('receipts.status.paidOut')
      : t(`receipts.status.${r.status}`, { n: Math.abs(r.daysLeft) });
  return (
    <>
      <tr data-testid="receipt-row" data-status={r.status}>
        <td>{r.receivedOn}</td>
        <td>{r.payer}</td>
        <td className="num">
          <Amount value={r.amount} />
        </td>
        <td>{r.reason}</td>
        <td>{r.deadline}</td>
        <td className="num">
          <Amount value={r.paidOut} />
        </td>
        <td className={`receipt-status receipt-status--${r.status}`} data-testid="receipt-status">
          {status}
        </td>
        <td className="actions">
          {r.method === 'cash' && (
            <button
              type="button"
              className="btn btn--small"
              data-testid="receipt-cash-pdf"
              onClick={() => void api.call('documents.cashReceipt', { receiptId: r.id }).then(onExport)}
            >
              {t('receipts.cashReceipt')}
            </button>
          )}
          <button
            type="button"
            className="btn btn--small"
            onClick={() => void api.call('receipts.delete', { id: r.id }).then(onDone)}
          >
            {t('receipts.delete')}
          </button>
        </td>
      </tr>
      {r.payouts.map((p) => (
        <tr key={`p${p.id}`} className="receipt-payout" data-testid="payout-row">
          <td>{p.paidOn}</td>
          <td>{p.payee}</td>
          <td className="num">
            <Amount value={p.amount} />
          </td>
          <td colSpan={4}>{p.note}</td>
          <td className="actions">
            <button
              type="button"
              className="btn btn--small"
              onClick={() => void api.call('receipts.deletePayout', { id: p.id }).then(onDone)}
            >
              {t('receipts.delete')}
            </button>
          </td>
        </tr>
      ))}
      {r.status !== 'paidOut' && (
        <tr className="receipt-payout-form">
          <td>
            <DateInput
              aria-label={t('receipts.paidOn')}
              testId={`payout-date-${r.id}`}
              value={pay.paidOn}
              onChange={(x) => setPay({ ...pay, paidOn: x })}
            />
          </td>
          <td>
            <input
              aria-label={t('receipts.payee')}
              data-testid={`payout-payee-${r.id}`}
              value={pay.payee}
              onChange={(e) => setPay({ ...pay, payee: e.target.value })}
            />
          </td>
          <td>
            <AmountInput
              aria-label={t('receipts.amount')}
              testId={`payout-amount-${r.id}`}
              value={pay.amount}
              onChange={(x) => setPay({ ...pay, amount: x })}
            />
          </td>
          <td colSpan={4}>
            {planId !== null && (
              <label>
                <input
                  type="checkbox"
                  checked={pay.underPlan}
                  onChange={(e) => setPay({ ...pay, underPlan: e.target.checked })}
                />{' '}
                {t('receipts.underPlan')}
              </label>
            )}
          </td>
          <td className="actions">
            <button
              type="button"
              className="btn btn--small"
              data-testid={`payout-add-${r.id}`}
              onClick={() =>
                void api
                  .call('receipts.payout', {
                    receiptId: r.id,
                    paidOn: pay.paidOn,
                    payee: pay.payee,
                    amount: pay.amount,
                    planId: pay.underPlan ? planId : null,
                    note: '',
                  })
                  .then(onDone)
              }
            >
              {t('receipts.payout')}
            </button>
          </td>
        </tr>
      )}
    </>
  );
}
