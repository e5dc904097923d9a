import { useCallback, useEffect, useState } from 'react';
import type { ErrorInfo } from '../../../core/api/types';
import type {
  DefaultScenarioView,
  SettlementPreview,
  SettlementSummary,
  TrackingView,
} from '../../../core/api/types-settlement';
import type { PlanItemKind } from '../../../core/settlement/types';
import { api } from '../../api/client';
import { Amount } from '../../components/Amount';
import { useI18n } from '../../i18n';
import { formatAmount } from '../../lib/money';
import { hrefFor } from '../../lib/route';
import '../../styles/settlement.css';
import { ExportProgressNote, useExportProgress } from '../export-worker/ExportProgress';
import { RevealChoice } from '../privacy/RevealChoice';
import { downloadPdf } from '../signing/pdf';
import { Field, Panel } from './fields';
import { ItemEditor, KIND_KEY } from './ItemEditor';
import { emptyItem, emptyPlan, fromRecord, planInput, saveInput, type PlanDraft } from './plan-form';
import { RemainingChart } from './RemainingChart';
import { SigningBadges, SigningLinkFor } from './signing-links';

const KINDS: PlanItemKind[] = ['lump', 'instalments', 'deduction', 'inKind', 'thirdParty'];
const today = () => new Date().toISOString().slice(0, 10);

/**
 * 执行和解协议 of a case: the acknowledged debt (filled from the engine), the plan built item by item,
 * the schedule, gap and wording previewed as you type, then saved, tracked against the case's payments,
 * the default scenario priced, and the agreement exported as a signed PDF.
 */
export function SettlementPage({ caseId }: { caseId: number }) {
  const { t, locale } = useI18n();
  const [caseNumber, setCaseNumber] = useState<string | null>(null);
  const [list, setList] = useState<SettlementSummary[]>([]);
  const [draft, setDraft] = useState<PlanDraft>(() => emptyPlan(today()));
  const [preview, setPreview] = useState<SettlementPreview | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const message = useCallback((e: ErrorInfo) => (locale === 'en' ? e.message_en : e.message_zh), [locale]);

  const loadList = useCallback(async () => {
    const r = await api.call('settlements.list', { caseId });
    if (r.ok) setList(r.value);
    else setError(message(r.error));
  }, [caseId, message]);

  useEffect(() => {
    void (async () => {
      const c = await api.call('cases.get', { id: caseId });
      if (c.ok) {
        setCaseNumber(c.value.caseNumber);
        if (c.value.asOf)
          setDraft((d) => (d.id === null && d.items.length === 0 ? { ...d, asOf: c.value.asOf! } : d));
      }
    })();
    void loadList();
  }, [caseId, loadList]);

  // Live preview: the server computes the schedule and the gap; the renderer only shows them.
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      void api.call('settlements.preview', planInput(caseId, draft)).then((r) => {
        if (!live) return;
        if (r.ok) {
          setPreview(r.value);
          setPreviewError(null);
        } else setPreviewError(message(r.error));
      });
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [caseId, draft, message]);

  const set = (patch: Partial<PlanDraft>) => setDraft((d) => ({ ...d, ...patch }));

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
    setNotice(null);
    setError(null);
  };

  const save = async () => {
    const r = await api.call('settlements.save', saveInput(caseId, draft));
    if (!r.ok) {
      setError(message(r.error));
      return;
    }
    setError(null);
    setDraft(fromRecord(r.value));
    setNotice(t('settlement.saved'));
    void loadList();
  };

  const remove = async () => {
    if (draft.id === null) return;
    const r = await api.call('settlements.delete', { id: draft.id });
    if (!r.ok) return setError(message(r.error));
    setDraft(emptyPlan(draft.asOf));
    void loadList();
  };

  const [reveal, setReveal] = useState(false);
  const exporting = useExportProgress('documents.agreement', { settlementId: draft.id });

  const exportPdf = async () => {
    if (draft.id === null) return;
    const r = await exporting.track(() =>
      api.call('documents.agreement', { settlementId: draft.id!, reveal }),
    );
    setReveal(false); // the choice holds for one document only
    if (!r.ok) return setError(message(r.error));
    downloadPdf(r.value.fileName, r.value.base64);
    setNotice(t('settlement.exported', { file: r.value.fileName, n: r.value.pages }));
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
      <nav className="crumbs">
        <a href={hrefFor({ name: 'case', id: caseId })} data-testid="settlement-back">
          ← {caseNumber ?? t('settlement.backToCase')}
        </a>
      </nav>
      <div className="page__title">
        <div>
          <h1>{t('settlement.title')}</h1>
          <p className="subtitle">{t('settlement.subtitle')}</p>
        </div>
        <div className="toolbar">
          <a className="btn" href={hrefFor({ name: 'distribution', caseId })} data-testid="to-distribution">
            {t('settlement.dist.link')}
          </a>
        </div>
      </div>

      {error && (
        <div className="form-error" role="alert" data-testid="settlement-error">
          {error}
        </div>
      )}
      {notice && (
        <div className="notice" role="status" data-testid="settlement-notice">
          {notice}
        </div>
      )}

      <Panel title="settlement.listHeading" testId="settlement-list">
        {list.length === 0 ? (
          <p className="muted">{t('settlement.none')}</p>
        ) : (
          <ul className="settlement-list">
            {list.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  className="btn btn--link"
                  data-testid={`open-settlement-${s.id}`}
                  onClick={() => void open(s.id)}
                >
                  {s.title || t('settlement.untitled')}
                </button>{' '}
                <span className="badge">
                  {t(s.status === 'draft' ? 'settlement.status.draft' : 'settlement.status.concluded')}
                </span>{' '}
                <Amount value={s.agreedTotal} /> {s.balanced ? '' : `（${t('settlement.gap')} ${s.gap}）`}
                <SigningBadges summary={s} />
              </li>
            ))}
          </ul>
        )}
        <button
          type="button"
          className="btn"
          data-testid="settlement-new"
          onClick={() => setDraft(emptyPlan(draft.asOf))}
        >
          {t('settlement.new')}
        </button>
      </Panel>

      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Panel title="settlement.ackHeading" testId="settlement-ack">
          <div className="record-form__grid">
            <Field
              label="settlement.f.title"
              value={draft.title}
              onChange={(v) => set({ title: v })}
              testId="title"
            />
            <Field
              label="settlement.f.asOf"
              type="date"
              value={draft.asOf}
              onChange={(v) => set({ asOf: v })}
              testId="ack-asOf"
            />
            <div className="field">
              <span className="muted">{t('settlement.ackHint')}</span>
              <button type="button" className="btn" data-testid="ack-fill" onClick={() => void acknowledge()}>
                {t('settlement.ackFill')}
              </button>
            </div>
            <Field
              label="settlement.f.principal"
              value={draft.principal}
              onChange={(v) => set({ principal: v })}
              testId="ack-principal"
            />
            <Field
              label="settlement.f.fee"
              value={draft.fee}
              onChange={(v) => set({ fee: v })}
              testId="ack-fee"
            />
            <Field
              label="settlement.f.interest"
              value={draft.interest}
              onChange={(v) => set({ interest: v })}
              testId="ack-interest"
            />
            <Field
              label="settlement.f.delayInterest"
              value={draft.delayInterest}
              onChange={(v) => set({ delayInterest: v })}
              testId="ack-delayInterest"
            />
            <Field
              label="settlement.f.delayWaived"
              value={draft.delayWaived}
              onChange={(v) => set({ delayWaived: v })}
              testId="ack-delayWaived"
            />
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
            <Field
              label="settlement.f.order"
              value={draft.order}
              onChange={(v) => set({ order: v })}
              testId="clause-order"
              wide
              multiline
              placeholder={t('settlement.f.orderHint')}
            />
            <Field
              label="settlement.f.graceDays"
              value={draft.graceDays}
              onChange={(v) => set({ graceDays: v })}
              testId="clause-grace"
            />
            <Field
              label="settlement.f.defaultExtra"
              value={draft.defaultExtra}
              onChange={(v) => set({ defaultExtra: v })}
              testId="clause-default"
              wide
              multiline
            />
            <Field
              label="settlement.f.guarantor"
              value={draft.guarantorName}
              onChange={(v) => set({ guarantorName: v })}
              testId="clause-guarantor"
            />
            <Field
              label="settlement.f.guarantorId"
              value={draft.guarantorId}
              onChange={(v) => set({ guarantorId: v })}
              testId="clause-guarantor-id"
            />
            <Field
              label="settlement.f.guarantorScope"
              value={draft.guarantorScope}
              onChange={(v) => set({ guarantorScope: v })}
              testId="clause-guarantor-scope"
            />
            <Field
              label="settlement.f.place"
              value={draft.place}
              onChange={(v) => set({ place: v })}
              testId="clause-place"
            />
            <Field
              label="settlement.f.manner"
              value={draft.manner}
              onChange={(v) => set({ manner: v })}
              testId="clause-manner"
              wide
            />
            <div className="field">
              <label htmlFor="f-status">{t('settlement.f.status')}</label>
              <select
                id="f-status"
                data-testid="status"
                value={draft.status}
                onChange={(e) => set({ status: e.target.value as PlanDraft['status'] })}
              >
                <option value="draft">{t('settlement.status.draft')}</option>
                <option value="concluded">{t('settlement.status.concluded')}</option>
              </select>
            </div>
            <Field
              label="settlement.f.concludedOn"
              type="date"
              value={draft.concludedOn}
              onChange={(v) => set({ concludedOn: v })}
              testId="concluded-on"
            />
          </div>
        </Panel>

        <div className="toolbar settlement-actions">
          <button type="submit" className="btn btn--primary" data-testid="settlement-save">
            {t('settlement.save')}
          </button>
          {draft.id !== null && (
            <>
              <SigningLinkFor caseId={caseId} summary={list.find((x) => x.id === draft.id)} />
              <button
                type="button"
                className="btn"
                data-testid="settlement-export"
                onClick={() => void exportPdf()}
              >
                {t('settlement.export')}
              </button>
              <RevealChoice checked={reveal} onChange={setReveal} testId="settlement-reveal" />
              <ExportProgressNote
                progress={exporting.progress}
                running={exporting.running}
                testId="settlement-export-progress"
              />
              <button
                type="button"
                className="btn btn--danger"
                data-testid="settlement-delete"
                onClick={() => void remove()}
              >
                {t('common.delete')}
              </button>
            </>
          )}
          <span className="hint">{t('settlement.keys')}</span>
        </div>
      </form>

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
            <div className="table-wrap">
              <table className="money-table" data-testid="schedule-table">
                <thead>
                  <tr>
                    <th>{t('settlement.col.seq')}</th>
                    <th>{t('settlement.col.date')}</th>
                    <th>{t('settlement.col.item')}</th>
                    <th className="num">{t('settlement.col.amount')}</th>
                    <th className="num">{t('settlement.col.cumulative')}</th>
                    <th className="num">{t('settlement.col.remaining')}</th>
                  </tr>
                </thead>
                <tbody>
                  {projection.schedule.map((r) => (
                    <tr key={r.seq} data-testid={`schedule-row-${r.seq}`} className={r.counts ? '' : 'muted'}>
                      <td>{r.seq}</td>
                      <td>{r.date}</td>
                      <td>
                        {locale === 'en' ? r.label.en : r.label.zh}
                        {!r.counts && ` (${t('settlement.notCounted')})`}
                      </td>
                      <td className="num">
                        <Amount value={r.amount} />
                      </td>
                      <td className="num">
                        <Amount value={r.cumulative} />
                      </td>
                      <td className="num">
                        <Amount value={r.remaining} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
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
          <DefaultPanel id={draft.id} rows={projection.schedule.filter((r) => r.counts)} message={message} />
          <TrackPanel id={draft.id} message={message} />
        </>
      )}
    </div>
  );
}

function DefaultPanel({
  id,
  rows,
  message,
}: {
  id: number;
  rows: { seq: number; date: string; label: { zh: string; en: string } }[];
  message: (e: ErrorInfo) => string;
}) {
  const { t, locale } = useI18n();
  const [seq, setSeq] = useState(String(rows[0]?.seq ?? 1));
  const [asOf, setAsOf] = useState(rows[0]?.date ?? today());
  const [result, setResult] = useState<DefaultScenarioView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    const r = await api.call('settlements.project', { id, missedSeq: Number(seq), asOf });
    if (r.ok) {
      setResult(r.value);
      setError(null);
    } else setError(message(r.error));
  };
  return (
    <Panel title="settlement.defaultHeading" testId="settlement-default">
      <div className="inline-form">
        <div className="field">
          <label htmlFor="missed-seq">{t('settlement.missed')}</label>
          <select
            id="missed-seq"
            data-testid="missed-seq"
            value={seq}
            onChange={(e) => setSeq(e.target.value)}
          >
            {rows.map((r) => (
              <option key={r.seq} value={r.seq}>
                {r.seq}. {r.date} {locale === 'en' ? r.label.en : r.label.zh}
              </option>
            ))}
          </select>
        </div>
        <Field
          label="settlement.f.claimAsOf"
          type="date"
          value={asOf}
          onChange={setAsOf}
          testId="default-asOf"
        />
        <button type="button" className="btn" data-testid="default-run" onClick={() => void run()}>
          {t('settlement.defaultRun')}
        </button>
      </div>
      {error && (
        <div className="form-error" role="alert">
          {error}
        </div>
      )}
      {result && (
        <div data-testid="default-result">
          <dl className="facts">
            <div>
              <dt>{t('settlement.paidUnder')}</dt>
              <dd>
                <Amount value={result.paidTotal} testId="default-paid" />
              </dd>
            </div>
            <div>
              <dt>{t('settlement.claim')}</dt>
              <dd>
                <Amount value={result.claim.total} testId="default-claim" />
              </dd>
            </div>
            <div>
              <dt>{t('settlement.remainingUnder')}</dt>
              <dd>
                <Amount value={result.remainingUnderAgreement} testId="default-remaining" />
              </dd>
            </div>
            <div>
              <dt>{t('settlement.costOfDefault')}</dt>
              <dd>
                <Amount value={result.costOfDefault} signed testId="default-cost" />
              </dd>
            </div>
          </dl>
          <p className="muted">{locale === 'en' ? result.rule.en : result.rule.zh}</p>
        </div>
      )}
    </Panel>
  );
}

const STATE_KEY = {
  paid: 'settlement.state.paid',
  paidLate: 'settlement.state.paidLate',
  partial: 'settlement.state.partial',
  overdue: 'settlement.state.overdue',
  notDue: 'settlement.state.notDue',
} as const;
const STATUS_KEY = {
  performing: 'settlement.track.performing',
  completed: 'settlement.track.completed',
  defaulted: 'settlement.track.defaulted',
} as const;

function TrackPanel({ id, message }: { id: number; message: (e: ErrorInfo) => string }) {
  const { t, locale } = useI18n();
  const [asOf, setAsOf] = useState(today());
  const [result, setResult] = useState<TrackingView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    const r = await api.call('settlements.track', { id, asOf });
    if (r.ok) {
      setResult(r.value);
      setError(null);
    } else setError(message(r.error));
  };
  return (
    <Panel title="settlement.trackHeading" testId="settlement-track">
      <div className="inline-form">
        <Field
          label="settlement.f.trackAsOf"
          type="date"
          value={asOf}
          onChange={setAsOf}
          testId="track-asOf"
        />
        <button type="button" className="btn" data-testid="track-run" onClick={() => void run()}>
          {t('settlement.trackRun')}
        </button>
      </div>
      {error && (
        <div className="form-error" role="alert">
          {error}
        </div>
      )}
      {result && (
        <>
          <p
            className={`settlement-status settlement-status--${result.status}`}
            data-testid="track-status"
            data-status={result.status}
          >
            {t(STATUS_KEY[result.status])}
            {' · '}
            {t('settlement.track.paid')} <Amount value={result.paid} /> {' · '}
            {t('settlement.track.outstanding')} <Amount value={result.outstanding} />
          </p>
          <div className="table-wrap">
            <table className="money-table" data-testid="track-table">
              <thead>
                <tr>
                  <th>{t('settlement.col.seq')}</th>
                  <th>{t('settlement.col.date')}</th>
                  <th>{t('settlement.col.item')}</th>
                  <th className="num">{t('settlement.col.amount')}</th>
                  <th className="num">{t('settlement.col.paid')}</th>
                  <th>{t('settlement.col.state')}</th>
                  <th className="num">{t('settlement.col.daysLate')}</th>
                </tr>
              </thead>
              <tbody>
                {result.rows.map((r) => (
                  <tr key={r.seq} className={r.breach ? 'settlement-breach' : ''}>
                    <td>{r.seq}</td>
                    <td>{r.date}</td>
                    <td>{locale === 'en' ? r.label.en : r.label.zh}</td>
                    <td className="num">
                      <Amount value={r.amount} />
                    </td>
                    <td className="num">
                      <Amount value={r.paid} />
                    </td>
                    <td>{t(STATE_KEY[r.state])}</td>
                    <td className="num">{r.daysLate || ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted">{locale === 'en' ? result.rule.en : result.rule.zh}</p>
        </>
      )}
    </Panel>
  );
}
