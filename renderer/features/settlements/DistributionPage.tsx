import { useCallback, useEffect } from 'react';
import type { ClaimClass } from '../../../core/features/settlements/model/views';
import { api } from '../../app/api/client';
import { Amount } from '../../ui/Amount';
import { FormError, Notice } from '../../ui/Feedback';
import { useI18n } from '../../app/i18n';
import { hrefFor } from '../../app/route';
import './settlements.css';
import { takeSeed } from './distribution-seed';
import { CLASS_KEY, DistributionResult } from './DistributionResult';
import { FieldList, Panel, type FieldSpec, type TextKey } from './fields';
import { MoneyTable } from './money-table';
import { PageHead, PlanActions, SavedList, SaveForm } from './plan-page';
import { useLiveAnswer, usePlanState } from './hooks';

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
const PLAN_FIELDS: readonly FieldSpec<TextKey<PlanDraft>>[] = [
  { key: 'title', label: 'settlement.f.title', testId: 'dist-title' },
  { key: 'debtor', label: 'settlement.dist.debtor', testId: 'dist-debtor' },
  { key: 'planDate', label: 'settlement.dist.date', type: 'date', testId: 'dist-date' },
  { key: 'amount', label: 'settlement.dist.amount', testId: 'dist-amount' },
];

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
  const { t } = useI18n();
  const plan = usePlanState(emptyPlan, 'distribution.list', caseId);
  const { draft, setDraft, set, setText, message } = plan;

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
    if (seed.left.length)
      plan.setNotice(t('transfer.debtors.seedLeft', { cases: seed.left.join(t('punct.list')) }));
  }, [caseId, t]);

  const computeCall = useCallback(
    () => api.call('distribution.compute', { amount: draft.amount, claims: claimsInput(draft) }),
    [draft],
  );
  const { value: result, error: previewError } = useLiveAnswer(computeCall, message);

  const setClaim = (i: number, patch: Partial<ClaimDraft>) =>
    set({ claims: draft.claims.map((c, k) => (k === i ? { ...c, ...patch } : c)) });

  const open = async (id: number) => {
    const r = await api.call('distribution.get', { id });
    if (!r.ok) return plan.setError(message(r.error));
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
    plan.afterSave(r, (saved) => set({ id: saved.id }));
  };

  const remove = async () => {
    if (draft.id === null) return;
    plan.afterDelete(await api.call('distribution.delete', { id: draft.id }), emptyPlan());
  };

  const exportPdf = async () => {
    if (draft.id === null) return;
    plan.afterExport(await api.call('documents.distribution', { planId: draft.id, reveal: plan.reveal }));
  };

  return (
    <div className="page page--wide settlement" data-testid="distribution-page">
      <PageHead
        back={{
          href: hrefFor({ name: 'settlement', caseId }),
          testId: 'distribution-back',
          text: t('settlement.title'),
        }}
        title="settlement.dist.title"
        subtitle="settlement.dist.subtitle"
      />
      <FormError text={plan.error} testId="distribution-error" />
      <Notice text={plan.notice} />
      <SavedList
        heading="settlement.dist.listHeading"
        testId="distribution-list"
        items={plan.list}
        onOpen={(id) => void open(id)}
        extra={(p) => (
          <>
            {p.planDate} <Amount value={p.amount} />
          </>
        )}
        newLabel="settlement.dist.new"
        onNew={() => setDraft(emptyPlan())}
      />
      <SaveForm onSave={() => void save()}>
        <Panel title="settlement.dist.planHeading" testId="distribution-form">
          <div className="record-form__grid">
            <FieldList specs={PLAN_FIELDS} values={draft} onChange={setText} />
          </div>
          <MoneyTable
            columns={[
              'settlement.col.seq',
              'settlement.dist.creditor',
              'settlement.dist.class',
              'settlement.dist.claim',
              'settlement.dist.collateral',
              'settlement.f.note',
              null,
            ]}
            className="settlement-claims"
          >
            {draft.claims.map((c, i) => (
              <tr key={c.key} data-testid={`claim-${i}`}>
                <td>{i + 1}</td>
                <ClaimInput claim={c} field="creditor" index={i} onChange={setClaim} />
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
                <ClaimInput claim={c} field="amount" index={i} onChange={setClaim} />
                <ClaimInput claim={c} field="collateral" index={i} onChange={setClaim} />
                <ClaimInput claim={c} field="note" index={i} onChange={setClaim} />
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
          </MoneyTable>
          <div className="toolbar">
            <button
              type="button"
              className="btn"
              data-testid="claim-add"
              onClick={() => set({ claims: [...draft.claims, emptyClaim()] })}
            >
              + {t('settlement.dist.addClaim')}
            </button>
            <PlanActions
              plan={plan}
              prefix="distribution"
              exportLabel="settlement.dist.export"
              onExport={() => void exportPdf()}
              onDelete={() => void remove()}
            />
          </div>
        </Panel>
      </SaveForm>
      <DistributionResult result={result} error={previewError} />
    </div>
  );
}

/** The claim's text columns: label, test id (claim-<i>-<field>; none for the note), decimal keypad. */
const CLAIM_INPUT = {
  creditor: { label: 'settlement.dist.creditor', testId: true, decimal: false },
  amount: { label: 'settlement.dist.claim', testId: true, decimal: true },
  collateral: { label: 'settlement.dist.collateral', testId: true, decimal: true },
  note: { label: 'settlement.f.note', testId: false, decimal: false },
} as const;

function ClaimInput({
  claim,
  field,
  index,
  onChange,
}: {
  claim: ClaimDraft;
  field: keyof typeof CLAIM_INPUT;
  index: number;
  onChange: (i: number, patch: Partial<ClaimDraft>) => void;
}) {
  const { t } = useI18n();
  const spec = CLAIM_INPUT[field];
  return (
    <td>
      <input
        aria-label={t(spec.label)}
        inputMode={spec.decimal ? 'decimal' : undefined}
        disabled={field === 'collateral' ? claim.class !== 'secured' : undefined}
        data-testid={spec.testId ? `claim-${index}-${field}` : undefined}
        value={claim[field]}
        onChange={(e) => onChange(index, { [field]: e.target.value })}
      />
    </td>
  );
}
