import { useCallback, useEffect } from 'react';
import type { PlanItemKind } from '../../../core/features/settlements/model/views';
import { api } from '../../app/api/client';
import { Amount } from '../../ui/Amount';
import { FormError, Notice } from '../../ui/Feedback';
import { LabelledField } from '../../ui/LabelledField';
import { useI18n } from '../../app/i18n';
import { formatAmount } from '../../ui/lib/money';
import { hrefFor } from '../../app/route';
import './settlements.css';
import { ExportProgressNote, useExportProgress } from '../../ui/export-progress/ExportProgress';
import { FieldList, Panel, type FieldSpec, type TextKey } from './fields';
import { ItemEditor, KIND_KEY } from './ItemEditor';
import { emptyItem, emptyPlan, fromRecord, planInput, saveInput, type PlanDraft } from './plan-form';
import { AmountCell, MoneyTable, PLAN_ROW, PlanRowCells } from './money-table';
import { PageHead, PlanActions, SavedList, SaveForm } from './plan-page';
import { RemainingChart } from './RemainingChart';
import { DefaultPanel, TrackPanel } from './ScenarioPanels';
import { SigningBadges, SigningLinkFor } from './signing-links';
import { useLiveAnswer, usePlanState } from './hooks';
import { useQuery } from '../../ui/useQuery';
import { SpreadsheetButton } from '../spreadsheets/SpreadsheetButton';

const KINDS: PlanItemKind[] = ['lump', 'instalments', 'deduction', 'inKind', 'thirdParty'];
const today = () => new Date().toISOString().slice(0, 10);

type Spec = FieldSpec<TextKey<PlanDraft>>;
const HEAD_FIELDS: readonly Spec[] = [
  { key: 'title', label: 'settlement.f.title', testId: 'title' },
  { key: 'asOf', label: 'settlement.f.asOf', type: 'date', testId: 'ack-asOf' },
];
/** The acknowledged debt; test ids ack-<key>. */
const DEBT_FIELDS: readonly Spec[] = [
  { key: 'principal', label: 'settlement.f.principal' },
  { key: 'fee', label: 'settlement.f.fee' },
  { key: 'interest', label: 'settlement.f.interest' },
  { key: 'delayInterest', label: 'settlement.f.delayInterest' },
  { key: 'delayWaived', label: 'settlement.f.delayWaived' },
];
const CLAUSE_FIELDS: readonly Spec[] = [
  {
    key: 'order',
    label: 'settlement.f.order',
    testId: 'clause-order',
    wide: true,
    multiline: true,
    placeholder: 'settlement.f.orderHint',
  },
  { key: 'graceDays', label: 'settlement.f.graceDays', testId: 'clause-grace' },
  {
    key: 'defaultExtra',
    label: 'settlement.f.defaultExtra',
    testId: 'clause-default',
    wide: true,
    multiline: true,
  },
  { key: 'guarantorName', label: 'settlement.f.guarantor', testId: 'clause-guarantor' },
  { key: 'guarantorId', label: 'settlement.f.guarantorId', testId: 'clause-guarantor-id' },
  { key: 'guarantorScope', label: 'settlement.f.guarantorScope', testId: 'clause-guarantor-scope' },
  { key: 'place', label: 'settlement.f.place', testId: 'clause-place' },
  { key: 'manner', label: 'settlement.f.manner', testId: 'clause-manner', wide: true },
];
const CONCLUDED_FIELDS: readonly Spec[] = [
  { key: 'concludedOn', label: 'settlement.f.concludedOn', type: 'date', testId: 'concluded-on' },
];

/**
 * 执行和解协议 of a case: the acknowledged debt (filled from the engine), the plan built item by item,
 * the schedule, gap and wording previewed as you type, then saved, tracked against the case's payments,
 * the default scenario priced, and the agreement exported as a signed PDF.
 */
export function SettlementPage({ caseId }: { caseId: number }) {
  const { t, locale } = useI18n();
  const plan = usePlanState(() => emptyPlan(today()), 'settlements.list', caseId);
  const { draft, setDraft, set, setText, message, setError } = plan;
  const kase = useQuery('cases.get', { id: caseId }).data;
  const caseNumber = kase?.caseNumber ?? null;
  const caseAsOf = kase?.asOf ?? null;

  // A new, empty agreement is computed as of the case's date.
  useEffect(() => {
    if (caseAsOf) setDraft((d) => (d.id === null && d.items.length === 0 ? { ...d, asOf: caseAsOf } : d));
  }, [caseAsOf, setDraft]);

  // Live preview: the server computes the schedule and the gap; the renderer only shows them.
  const previewCall = useCallback(
    () => api.call('settlements.preview', planInput(caseId, draft)),
    [caseId, draft],
  );
  const { value: preview, error: previewError } = useLiveAnswer(previewCall, message);

  const acknowledge = async () => {
    const r = await api.call('settlements.acknowledge', { caseId, asOf: draft.asOf });
    if (!r.ok) return setError(message(r.error));
    setError(null);
    const a = r.value;
    set({ principal: a.principal, fee: a.fee, interest: a.interest, delayInterest: a.delayInterest });
  };

  const open = async (id: number) => {
    const r = await api.call('settlements.get', { id });
    if (!r.ok) return setError(message(r.error));
    setDraft(fromRecord(r.value));
    plan.setNotice(null);
    setError(null);
  };

  const save = async () =>
    plan.afterSave(await api.call('settlements.save', saveInput(caseId, draft)), (v) =>
      setDraft(fromRecord(v)),
    );

  const remove = async () => {
    if (draft.id === null) return;
    plan.afterDelete(await api.call('settlements.delete', { id: draft.id }), emptyPlan(draft.asOf));
  };

  const exporting = useExportProgress('documents.agreement', { settlementId: draft.id });
  const exportPdf = async () => {
    if (draft.id === null) return;
    const id = draft.id;
    plan.afterExport(
      await exporting.track(() => api.call('documents.agreement', { settlementId: id, reveal: plan.reveal })),
    );
  };

  const projection = preview?.projection;
  const gapFen = projection?.gapFen ?? 0;

  return (
    <div
      className="page page--wide settlement"
      data-testid="settlement-page"
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && e.key === 's') {
          e.preventDefault();
          void save();
        }
      }}
    >
      <PageHead
        back={{
          href: hrefFor({ name: 'case', id: caseId }),
          testId: 'settlement-back',
          text: caseNumber ?? t('settlement.backToCase'),
        }}
        title="settlement.title"
        subtitle="settlement.subtitle"
      >
        <a className="btn" href={hrefFor({ name: 'distribution', caseId })} data-testid="to-distribution">
          {t('settlement.dist.link')}
        </a>
      </PageHead>

      <FormError text={plan.error} testId="settlement-error" />
      <Notice text={plan.notice} testId="settlement-notice" />

      <SavedList
        heading="settlement.listHeading"
        testId="settlement-list"
        items={plan.list}
        onOpen={(id) => void open(id)}
        openTestId={(id) => `open-settlement-${id}`}
        empty="settlement.none"
        extra={(s) => (
          <>
            <span className="badge">
              {t(s.status === 'draft' ? 'settlement.status.draft' : 'settlement.status.concluded')}
            </span>{' '}
            <Amount value={s.agreedTotal} />{' '}
            {s.balanced ? '' : t('punct.paren', { text: `${t('settlement.gap')} ${s.gap}` })}
            <SigningBadges summary={s} />
          </>
        )}
        newLabel="settlement.new"
        newTestId="settlement-new"
        onNew={() => setDraft(emptyPlan(draft.asOf))}
      />

      <SaveForm onSave={() => void save()}>
        <Panel title="settlement.ackHeading" testId="settlement-ack">
          <div className="record-form__grid">
            <FieldList specs={HEAD_FIELDS} values={draft} onChange={setText} />
            <div className="field">
              <span className="muted">{t('settlement.ackHint')}</span>
              <button type="button" className="btn" data-testid="ack-fill" onClick={() => void acknowledge()}>
                {t('settlement.ackFill')}
              </button>
            </div>
            <FieldList specs={DEBT_FIELDS} values={draft} onChange={setText} prefix="ack-" />
          </div>
          {projection && (
            <p className="settlement-total">
              {t('settlement.agreedTotal')} <Amount value={projection.agreedTotal} testId="agreed-total" />{' '}
              {t('common.yuan')}
            </p>
          )}
        </Panel>

        <Panel title="settlement.itemsHeading" testId="settlement-items">
          {draft.items.map((item, i) => (
            <ItemEditor
              key={item.key}
              index={i}
              item={item}
              onChange={(d) => set({ items: draft.items.map((x, k) => (k === i ? d : x)) })}
              onRemove={() => set({ items: draft.items.filter((_, k) => k !== i) })}
            />
          ))}
          <div className="toolbar" role="group" aria-label={t('settlement.addItem')}>
            {KINDS.map((kind) => (
              <button
                key={kind}
                type="button"
                className="btn"
                data-testid={`add-${kind}`}
                onClick={() => set({ items: [...draft.items, emptyItem(kind)] })}
              >
                + {t(KIND_KEY[kind])}
              </button>
            ))}
          </div>
        </Panel>

        <Panel title="settlement.clausesHeading" testId="settlement-clauses">
          <div className="record-form__grid">
            <FieldList specs={CLAUSE_FIELDS} values={draft} onChange={setText} />
            <LabelledField id="f-status" label={t('settlement.f.status')}>
              <select
                id="f-status"
                data-testid="status"
                value={draft.status}
                onChange={(e) => set({ status: e.target.value as PlanDraft['status'] })}
              >
                <option value="draft">{t('settlement.status.draft')}</option>
                <option value="concluded">{t('settlement.status.concluded')}</option>
              </select>
            </LabelledField>
            <FieldList specs={CONCLUDED_FIELDS} values={draft} onChange={setText} />
          </div>
        </Panel>

        <div className="toolbar settlement-actions">
          <PlanActions
            plan={plan}
            prefix="settlement"
            exportLabel="settlement.export"
            onExport={() => void exportPdf()}
            onDelete={() => void remove()}
            before={<SigningLinkFor caseId={caseId} summary={plan.list.find((x) => x.id === draft.id)} />}
          >
            <ExportProgressNote
              progress={exporting.progress}
              running={exporting.running}
              testId="settlement-export-progress"
            />
          </PlanActions>
          {draft.id !== null && (
            <SpreadsheetButton method="spreadsheets.schedule" input={{ id: draft.id }} onError={setError} />
          )}
          <span className="hint">{t('settlement.keys')}</span>
        </div>
      </SaveForm>

      <Panel title="settlement.scheduleHeading" testId="settlement-schedule">
        {previewError && (
          <div className="warning" role="status" data-testid="preview-error">
            {previewError}
          </div>
        )}
        {projection && (
          <>
            <p
              className={`settlement-gap ${gapFen === 0 ? 'settlement-gap--ok' : 'settlement-gap--bad'}`}
              data-testid="gap"
              data-gap={projection.gap}
            >
              {gapFen === 0
                ? t('settlement.gapZero', { total: formatAmount(projection.agreedTotal) })
                : gapFen > 0
                  ? t('settlement.gapShort', { gap: formatAmount(projection.gap) })
                  : t('settlement.gapOver', { gap: formatAmount(projection.gap.replace(/^-/, '')) })}
            </p>
            {projection.problems.length > 0 && (
              <ul className="settlement-problems" data-testid="plan-problems">
                {projection.problems.map((p, i) => (
                  <li key={i}>{locale === 'en' ? p.en : p.zh}</li>
                ))}
              </ul>
            )}
            <RemainingChart start={draft.asOf} total={projection.agreedTotal} rows={projection.schedule} />
            <MoneyTable
              columns={[
                ...PLAN_ROW,
                { num: 'settlement.col.cumulative' },
                { num: 'settlement.col.remaining' },
              ]}
              testId="schedule-table"
            >
              {projection.schedule.map((r) => (
                <tr key={r.seq} data-testid={`schedule-row-${r.seq}`} className={r.counts ? '' : 'muted'}>
                  <PlanRowCells row={r} note={!r.counts && ` (${t('settlement.notCounted')})`} />
                  <AmountCell value={r.cumulative} />
                  <AmountCell value={r.remaining} />
                </tr>
              ))}
            </MoneyTable>
          </>
        )}
      </Panel>

      {preview && (
        <Panel title="settlement.wordingHeading" testId="settlement-wording">
          {preview.wording.map((c) => (
            <div key={c.heading} className="settlement-clause">
              <h3>{c.heading}</h3>
              {c.paragraphs.map((p, i) => (
                <p key={i}>{p}</p>
              ))}
            </div>
          ))}
        </Panel>
      )}

      {draft.id !== null && projection && (
        <>
          <DefaultPanel id={draft.id} rows={projection.schedule.filter((r) => r.counts)} />
          <TrackPanel id={draft.id} />
        </>
      )}
    </div>
  );
}
