import { useCallback, useEffect, useState } from 'react';
import type { ErrorInfo } from '../../../core/api/types';
import type { DistributionSummary } from '../../../core/api/types-settlement';
import type { ClaimClass, Distribution } from '../../../core/settlement/distribution';
import { api } from '../../api/client';
import { Amount } from '../../components/Amount';
import { useI18n } from '../../i18n';
import { hrefFor } from '../../lib/route';
import '../../styles/settlement.css';
import { takeSeed } from '../../lib/distribution-seed';
import { RevealChoice } from '../privacy/RevealChoice';
import { downloadPdf } from '../signing/pdf';
import { Field, Panel } from './fields';

type ClaimDraft = {
  key: number;
  creditor: string;
  class: ClaimClass;
  amount: string;
  collateral: string;
  note: string;
};
type PlanDraft = {
  id: number | null;
  title: string;
  debtor: string;
  planDate: string;
  amount: string;
  claims: ClaimDraft[];
};

let nextKey = 1;
const emptyClaim = (): ClaimDraft => ({
  key: nextKey++,
  creditor: '',
  class: 'ordinary',
  amount: '',
  collateral: '',
  note: '',
});
const emptyPlan = (): PlanDraft => ({
  id: null,
  title: '',
  debtor: '',
  planDate: new Date().toISOString().slice(0, 10),
  amount: '',
  claims: [emptyClaim()],
});
const CLASSES: ClaimClass[] = ['costs', 'priority', 'secured', 'ordinary'];
const CLASS_KEY = {
  costs: 'settlement.dist.class.costs',
  priority: 'settlement.dist.class.priority',
  secured: 'settlement.dist.class.secured',
  ordinary: 'settlement.dist.class.ordinary',
} as const;

const claimsInput = (p: PlanDraft) =>
  p.claims.map((c) => ({
    creditor: c.creditor,
    class: c.class,
    amount: c.amount,
    collateralValue: c.class === 'secured' && c.collateral.trim() !== '' ? c.collateral : null,
    note: c.note,
  }));

/** 执行款分配方案: claims by priority class, the money shared class by class, residual fen by a stated rule. */
export function DistributionPage({ caseId }: { caseId: number }) {
  const { t, locale } = useI18n();
  const [list, setList] = useState<DistributionSummary[]>([]);
  const [draft, setDraft] = useState<PlanDraft>(emptyPlan);
  const [result, setResult] = useState<Distribution | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const message = useCallback((e: ErrorInfo) => (locale === 'en' ? e.message_en : e.message_zh), [locale]);

  const loadList = useCallback(async () => {
    const r = await api.call('distribution.list', { caseId });
    if (r.ok) setList(r.value);
    else setError(message(r.error));
  }, [caseId, message]);
  useEffect(() => void loadList(), [loadList]);

  // Arriving from 集中执行 on the case list: the debtor's cases as ordinary claims.
  useEffect(() => {
    const seed = takeSeed(caseId);
    if (!seed) return;
    setDraft({
      ...emptyPlan(),
      debtor: seed.debtor,
      planDate: seed.planDate,
      claims: seed.claims.map((c) => ({
        ...emptyClaim(),
        creditor: c.creditor,
        amount: c.amount,
        note: c.note,
      })),
    });
    if (seed.left.length) setNotice(t('transfer.debtors.seedLeft', { cases: seed.left.join('、') }));
  }, [caseId, t]);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      void api
        .call('distribution.compute', { amount: draft.amount, claims: claimsInput(draft) })
        .then((r) => {
          if (!live) return;
          if (r.ok) {
            setResult(r.value);
            setPreviewError(null);
          } else setPreviewError(message(r.error));
        });
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [draft, message]);

  const set = (patch: Partial<PlanDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setClaim = (i: number, patch: Partial<ClaimDraft>) =>
    set({ claims: draft.claims.map((c, k) => (k === i ? { ...c, ...patch } : c)) });

  const open = async (id: number) => {
    const r = await api.call('distribution.get', { id });
    if (!r.ok) return setError(message(r.error));
    const p = r.value;
    setDraft({
      id: p.id,
      title: p.title,
      debtor: p.debtor,
      planDate: p.planDate,
      amount: p.amount,
      claims: p.claims.map((c) => ({
        key: nextKey++,
        creditor: c.creditor,
        class: c.class,
        amount: c.amount,
        collateral: c.collateralValue ?? '',
        note: c.note,
      })),
    });
  };

  const save = async () => {
    const r = await api.call('distribution.save', {
      ...(draft.id === null ? {} : { id: draft.id }),
      caseId,
      title: draft.title,
      debtor: draft.debtor,
      planDate: draft.planDate,
      amount: draft.amount,
      claims: claimsInput(draft),
    });
    if (!r.ok) return setError(message(r.error));
    setError(null);
    set({ id: r.value.id });
    setNotice(t('settlement.saved'));
    void loadList();
  };

  const remove = async () => {
    if (draft.id === null) return;
    const r = await api.call('distribution.delete', { id: draft.id });
    if (!r.ok) return setError(message(r.error));
    setDraft(emptyPlan());
    void loadList();
  };

  const [reveal, setReveal] = useState(false);

  const exportPdf = async () => {
    if (draft.id === null) return;
    const r = await api.call('documents.distribution', { planId: draft.id, reveal });
    setReveal(false); // the choice holds for one document only
    if (!r.ok) return setError(message(r.error));
    downloadPdf(r.value.fileName, r.value.base64);
    setNotice(t('settlement.exported', { file: r.value.fileName, n: r.value.pages }));
  };

  return (
    <div className="page page--wide settlement" data-testid="distribution-page">
      <nav className="crumbs">
        <a href={hrefFor({ name: 'settlement', caseId })} data-testid="distribution-back">
          ← {t('settlement.title')}
        </a>
      </nav>
      <div className="page__title">
        <div>
          <h1>{t('settlement.dist.title')}</h1>
          <p className="subtitle">{t('settlement.dist.subtitle')}</p>
        </div>
      </div>
      {error && (
        <div className="form-error" role="alert" data-testid="distribution-error">
          {error}
        </div>
      )}
      {notice && (
        <div className="notice" role="status">
          {notice}
        </div>
      )}
      <Panel title="settlement.dist.listHeading" testId="distribution-list">
        <ul className="settlement-list">
          {list.map((p) => (
            <li key={p.id}>
              <button type="button" className="btn btn--link" onClick={() => void open(p.id)}>
                {p.title || t('settlement.untitled')}
              </button>{' '}
              {p.planDate} <Amount value={p.amount} />
            </li>
          ))}
        </ul>
        <button type="button" className="btn" onClick={() => setDraft(emptyPlan())}>
          {t('settlement.dist.new')}
        </button>
      </Panel>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Panel title="settlement.dist.planHeading" testId="distribution-form">
          <div className="record-form__grid">
            <Field
              label="settlement.f.title"
              value={draft.title}
              onChange={(v) => set({ title: v })}
              testId="dist-title"
            />
            <Field
              label="settlement.dist.debtor"
              value={draft.debtor}
              onChange={(v) => set({ debtor: v })}
              testId="dist-debtor"
            />
            <Field
              label="settlement.dist.date"
              type="date"
              value={draft.planDate}
              onChange={(v) => set({ planDate: v })}
              testId="dist-date"
            />
            <Field
              label="settlement.dist.amount"
              value={draft.amount}
              onChange={(v) => set({ amount: v })}
              testId="dist-amount"
            />
          </div>
          <div className="table-wrap">
            <table className="money-table settlement-claims">
              <thead>
                <tr>
                  <th>{t('settlement.col.seq')}</th>
                  <th>{t('settlement.dist.creditor')}</th>
                  <th>{t('settlement.dist.class')}</th>
                  <th>{t('settlement.dist.claim')}</th>
                  <th>{t('settlement.dist.collateral')}</th>
                  <th>{t('settlement.f.note')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {draft.claims.map((c, i) => (
                  <tr key={c.key} data-testid={`claim-${i}`}>
                    <td>{i + 1}</td>
                    <td>
                      <input
                        aria-label={t('settlement.dist.creditor')}
                        data-testid={`claim-${i}-creditor`}
                        value={c.creditor}
                        onChange={(e) => setClaim(i, { creditor: e.target.value })}
                      />
                    </td>
                    <td>
                      <select
                        aria-label={t('settlement.dist.class')}
                        data-testid={`claim-${i}-class`}
                        value={c.class}
                        onChange={(e) => setClaim(i, { class: e.target.value as ClaimClass })}
                      >
                        {CLASSES.map((k) => (
                          <option key={k} value={k}>
                            {t(CLASS_KEY[k])}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <input
                        aria-label={t('settlement.dist.claim')}
                        inputMode="decimal"
                        data-testid={`claim-${i}-amount`}
                        value={c.amount}
                        onChange={(e) => setClaim(i, { amount: e.target.value })}
                      />
                    </td>
                    <td>
                      <input
                        aria-label={t('settlement.dist.collateral')}
                        inputMode="decimal"
                        disabled={c.class !== 'secured'}
                        data-testid={`claim-${i}-collateral`}
                        value={c.collateral}
                        onChange={(e) => setClaim(i, { collateral: e.target.value })}
                      />
                    </td>
                    <td>
                      <input
                        aria-label={t('settlement.f.note')}
                        value={c.note}
                        onChange={(e) => setClaim(i, { note: e.target.value })}
                      />
                    </td>
                    <td>
                      <button
                        type="button"
                        className="btn btn--small"
                        onClick={() => set({ claims: draft.claims.filter((_, k) => k !== i) })}
                      >
                        {t('common.delete')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="toolbar">
            <button
              type="button"
              className="btn"
              data-testid="claim-add"
              onClick={() => set({ claims: [...draft.claims, emptyClaim()] })}
            >
              + {t('settlement.dist.addClaim')}
            </button>
            <button type="submit" className="btn btn--primary" data-testid="distribution-save">
              {t('settlement.save')}
            </button>
            {draft.id !== null && (
              <button
                type="button"
                className="btn"
                data-testid="distribution-export"
                onClick={() => void exportPdf()}
              >
                {t('settlement.dist.export')}
              </button>
            )}
            {draft.id !== null && (
              <RevealChoice checked={reveal} onChange={setReveal} testId="distribution-reveal" />
            )}
            {draft.id !== null && (
              <button
                type="button"
                className="btn btn--danger"
                data-testid="distribution-delete"
                onClick={() => void remove()}
              >
                {t('common.delete')}
              </button>
            )}
          </div>
        </Panel>
      </form>
      <Panel title="settlement.dist.resultHeading" testId="distribution-result">
        {previewError && <div className="warning">{previewError}</div>}
        {result && (
          <>
            <div className="table-wrap">
              <table className="money-table" data-testid="distribution-classes">
                <thead>
                  <tr>
                    <th>{t('settlement.dist.class')}</th>
                    <th className="num">{t('settlement.dist.claim')}</th>
                    <th className="num">{t('settlement.dist.paid')}</th>
                    <th className="num">{t('settlement.dist.ratio')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.classes.map((c) => (
                    <tr key={c.class}>
                      <td>{t(CLASS_KEY[c.class])}</td>
                      <td className="num">
                        <Amount value={c.claimed} />
                      </td>
                      <td className="num">
                        <Amount value={c.paid} />
                      </td>
                      <td className="num">{c.ratio}%</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="table-wrap">
              <table className="money-table" data-testid="distribution-table">
                <thead>
                  <tr>
                    <th>{t('settlement.col.seq')}</th>
                    <th>{t('settlement.dist.creditor')}</th>
                    <th className="num">{t('settlement.dist.claim')}</th>
                    <th className="num">{t('settlement.dist.paid')}</th>
                    <th className="num">{t('settlement.dist.unpaid')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.claims.map((c) => (
                    <tr key={c.index}>
                      <td>{c.index + 1}</td>
                      <td>{c.creditor}</td>
                      <td className="num">
                        <Amount value={c.claimed} />
                      </td>
                      <td className="num">
                        <Amount value={c.paid} />
                      </td>
                      <td className="num">
                        <Amount value={c.unpaid} />
                      </td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" colSpan={2}>
                      {t('common.total')}
                    </th>
                    <td className="num">
                      <Amount value={result.totalClaims} />
                    </td>
                    <td className="num">
                      <Amount value={result.distributed} testId="distribution-total" />
                    </td>
                    <td />
                  </tr>
                </tfoot>
              </table>
            </div>
            <ol className="trace" data-testid="distribution-trace">
              {result.trace.map((line, i) => (
                <li key={i} className="trace__step">
                  {locale === 'en' ? line.en : line.zh}
                </li>
              ))}
            </ol>
            <p className="muted">{locale === 'en' ? result.rule.en : result.rule.zh}</p>
          </>
        )}
      </Panel>
    </div>
  );
}
