import { useCallback, useEffect, useState } from 'react';
import type {
  ClaimClass,
  DistributionView,
  PlanClocksInput,
  RuleSet,
} from '../../../core/features/settlements/model/views';
import { api } from '../../app/api/client';
import { normalizeAmountInput } from '../../../core/lib/money/input';
import { Amount } from '../../ui/Amount';
import { AmountInput } from '../../ui/AmountInput';
import { DateInput } from '../../ui/DateInput';
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
import { ReceiptsPanel } from '../receipts/ReceiptsPanel';
import { SpreadsheetButton } from '../spreadsheets/SpreadsheetButton';

type ClaimDraft = {
  key: number;
  creditor: string;
  class: ClaimClass;
  amount: string;
  collateral: string;
  sealedOn: string;
  disputed: boolean;
  note: string;
};
type ClockDates = Omit<PlanClocksInput, 'service'>;
type PlanDraft = {
  id: number | null;
  title: string;
  debtor: string;
  planDate: string;
  amount: string;
  claims: ClaimDraft[];
  ruleSet: RuleSet;
  livingFirst: boolean;
  /** the day each party received the plan, by name */
  served: Record<string, string>;
  dates: ClockDates;
};
const NO_DATES: ClockDates = {
  objectionOn: null,
  objectionNoticeOn: null,
  oppositionOn: null,
  oppositionNoticeOn: null,
  suitFiledOn: null,
};
const DATE_KEYS = Object.keys(NO_DATES) as (keyof ClockDates)[];

let nextKey = 1;
const emptyClaim = (): ClaimDraft => ({
  key: nextKey++,
  creditor: '',
  class: 'ordinary',
  amount: '',
  collateral: '',
  sealedOn: '',
  disputed: false,
  note: '',
});
const emptyPlan = (): PlanDraft => ({
  id: null,
  title: '',
  debtor: '',
  planDate: new Date().toISOString().slice(0, 10),
  amount: '',
  claims: [emptyClaim()],
  ruleSet: 'civil508',
  livingFirst: false,
  served: {},
  dates: NO_DATES,
});
const CLASSES: ClaimClass[] = ['costs', 'secured', 'priority', 'living', 'ordinary'];
const RULE_SETS: RuleSet[] = ['civil508', 'enterprise514'];
const PLAN_FIELDS: readonly FieldSpec<TextKey<PlanDraft>>[] = [
  { key: 'title', label: 'settlement.f.title', testId: 'dist-title' },
  { key: 'debtor', label: 'settlement.dist.debtor', testId: 'dist-debtor' },
  { key: 'planDate', label: 'settlement.dist.date', type: 'date', testId: 'dist-date' },
  { key: 'amount', label: 'settlement.dist.amount', testId: 'dist-amount' },
];

/** Who the plan is served on: the debtor and every creditor, each once. */
const partiesOf = (p: PlanDraft): string[] => [
  ...new Set([p.debtor, ...p.claims.map((c) => c.creditor)].map((n) => n.trim()).filter(Boolean)),
];

const clocksInput = (p: PlanDraft): PlanClocksInput => ({
  service: partiesOf(p).map((party) => ({ party, servedOn: p.served[party] || null })),
  ...p.dates,
});

const claimsInput = (p: PlanDraft) =>
  p.claims.map((c) => ({
    creditor: c.creditor,
    class: c.class,
    amount: c.amount,
    collateralValue: c.class === 'secured' && c.collateral.trim() !== '' ? c.collateral : null,
    sealedOn: c.sealedOn.trim() === '' ? null : c.sealedOn,
    disputed: c.disputed,
    note: c.note,
  }));
const rulesInput = (p: PlanDraft) => ({ ruleSet: p.ruleSet, livingFirst: p.livingFirst });

/** 执行款分配方案: claims by priority class, the money shared class by class, residual fen by a stated rule. */
export function DistributionPage({ caseId }: { caseId: number }) {
  const { t } = useI18n();
  const plan = usePlanState(emptyPlan, 'distribution.list', caseId);
  const { draft, setDraft, set, setText, message } = plan;
  const [saved, setSaved] = useState<DistributionView | null>(null);

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
    () =>
      api.call('distribution.compute', {
        amount: normalizeAmountInput(draft.amount),
        claims: claimsInput(draft),
        rules: rulesInput(draft),
      }),
    [draft],
  );
  const { value: result, error: previewError } = useLiveAnswer(computeCall, message);

  const setClaim = (i: number, patch: Partial<ClaimDraft>) =>
    set({ claims: draft.claims.map((c, k) => (k === i ? { ...c, ...patch } : c)) });

  const open = async (id: number) => {
    const r = await api.call('distribution.get', { id });
    if (!r.ok) return plan.setError(message(r.error));
    const p = r.value;
    setSaved(p);
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
        sealedOn: c.sealedOn ?? '',
        disputed: c.disputed,
        note: c.note,
      })),
      ruleSet: p.rules.ruleSet,
      livingFirst: p.rules.livingFirst,
      served: Object.fromEntries(p.clocks.service.map((x) => [x.party, x.servedOn ?? ''])),
      dates: {
        objectionOn: p.clocks.objectionOn,
        objectionNoticeOn: p.clocks.objectionNoticeOn,
        oppositionOn: p.clocks.oppositionOn,
        oppositionNoticeOn: p.clocks.oppositionNoticeOn,
        suitFiledOn: p.clocks.suitFiledOn,
      },
    });
  };

  const save = async () => {
    const r = await api.call('distribution.save', {
      ...(draft.id === null ? {} : { id: draft.id }),
      caseId,
      title: draft.title,
      debtor: draft.debtor,
      planDate: draft.planDate,
      amount: normalizeAmountInput(draft.amount),
      claims: claimsInput(draft),
      rules: rulesInput(draft),
      clocks: clocksInput(draft),
    });
    plan.afterSave(r, (view) => {
      setSaved(view);
      set({ id: view.id });
    });
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
            <label className="field">
              <span>{t('settlement.dist.ruleSet')}</span>
              <select
                data-testid="dist-rule-set"
                value={draft.ruleSet}
                onChange={(e) => set({ ruleSet: e.target.value as RuleSet })}
              >
                {RULE_SETS.map((k) => (
                  <option key={k} value={k}>
                    {t(`settlement.dist.rule.${k}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field field--check">
              <input
                type="checkbox"
                data-testid="dist-living-first"
                checked={draft.livingFirst}
                onChange={(e) => set({ livingFirst: e.target.checked })}
              />
              <span>{t('settlement.dist.livingFirst')}</span>
            </label>
          </div>
          <MoneyTable
            columns={[
              'settlement.col.seq',
              'settlement.dist.creditor',
              'settlement.dist.class',
              'settlement.dist.claim',
              'settlement.dist.collateral',
              'settlement.dist.sealedOn',
              'settlement.dist.disputed',
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
                <td>
                  <DateInput
                    aria-label={t('settlement.dist.sealedOn')}
                    testId={`claim-${i}-sealedOn`}
                    value={c.sealedOn}
                    onChange={(v) => setClaim(i, { sealedOn: v })}
                  />
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('settlement.dist.disputed')}
                    data-testid={`claim-${i}-disputed`}
                    checked={c.disputed}
                    onChange={(e) => setClaim(i, { disputed: e.target.checked })}
                  />
                </td>
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
            {draft.id !== null && (
              <SpreadsheetButton
                method="spreadsheets.distribution"
                input={{ id: draft.id }}
                onError={plan.setError}
              />
            )}
          </div>
        </Panel>
        <ClocksPanel draft={draft} set={set} saved={saved?.id === draft.id ? saved : null} />
      </SaveForm>
      <DistributionResult result={result} error={previewError} />
      <ReceiptsPanel caseId={caseId} planId={draft.id} />
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
  if (spec.decimal)
    return (
      <td>
        <AmountInput
          aria-label={t(spec.label)}
          disabled={field === 'collateral' ? claim.class !== 'secured' : undefined}
          testId={`claim-${index}-${field}`}
          value={claim[field]}
          onChange={(v) => onChange(index, { [field]: v })}
        />
      </td>
    );
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

/** 送达与期限: the day each party received the plan, the later dates, and the deadlines of the saved plan. */
function ClocksPanel({
  draft,
  set,
  saved,
}: {
  draft: PlanDraft;
  set: (patch: Partial<PlanDraft>) => void;
  saved: DistributionView | null;
}) {
  const { t, locale } = useI18n();
  const d = saved?.deadlines;
  const line = (what: string, from: string, to: string) => t('settlement.dist.deadline', { what, from, to });
  return (
    <Panel title="settlement.dist.clocks" testId="distribution-clocks">
      <div className="record-form__grid">
        {partiesOf(draft).map((party, i) => (
          <label className="field" key={party}>
            <span>{t('settlement.dist.servedOn', { party })}</span>
            <DateInput
              testId={`dist-served-${i}`}
              value={draft.served[party] ?? ''}
              onChange={(v) => set({ served: { ...draft.served, [party]: v } })}
            />
          </label>
        ))}
        {DATE_KEYS.map((k) => (
          <label className="field" key={k}>
            <span>{t(`settlement.dist.${k}`)}</span>
            <DateInput
              testId={`dist-${k}`}
              value={draft.dates[k] ?? ''}
              onChange={(v) => set({ dates: { ...draft.dates, [k]: v.trim() === '' ? null : v } })}
            />
          </label>
        ))}
      </div>
      {d && (
        <ul className="trace__subs" data-testid="distribution-deadlines">
          {d.objection.map((o) => (
            <li key={o.party}>
              {line(t('settlement.dist.deadline.objection', { party: o.party ?? '' }), o.from, o.deadline)}
            </li>
          ))}
          {d.opposition && (
            <li>
              {line(t('settlement.dist.deadline.opposition'), d.opposition.from, d.opposition.deadline)}
            </li>
          )}
          {d.suit && <li>{line(t('settlement.dist.deadline.suit'), d.suit.from, d.suit.deadline)}</li>}
          <li data-testid="distribution-stage">
            {t('settlement.dist.stage', {
              day: d.asOf,
              stage: locale === 'en' ? d.stageText.en : d.stageText.zh,
            })}
          </li>
          {d.alerts.map((a, i) => (
            <li key={i} className="warning">
              {locale === 'en' ? a.en : a.zh}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
