import { useState, type ReactNode } from 'react';
import type { DefaultScenarioView, TrackingView } from '../../../core/features/settlements/model/views';
import { api } from '../../app/api/client';
import { Amount } from '../../ui/Amount';
import { FormError, useErrorText } from '../../ui/Feedback';
import { LabelledField } from '../../ui/LabelledField';
import { useI18n } from '../../app/i18n';
import type { MessageKey } from '../../app/i18n';
import { Field, Panel } from './fields';
import { AmountCell, MoneyTable, PLAN_ROW, PlanRowCells } from './money-table';
import { useAnswer } from './hooks';

const today = () => new Date().toISOString().slice(0, 10);

/** A saved plan's question with a date: the controls, the run button, the failure, then the answer. */
function AskPanel({
  title,
  testId,
  controls,
  date,
  run,
  error,
  children,
}: {
  title: MessageKey;
  testId: string;
  controls?: ReactNode;
  date: { label: MessageKey; testId: string; value: string; onChange: (v: string) => void };
  run: { label: MessageKey; testId: string; onRun: () => void };
  error: string | null;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Panel title={title} testId={testId}>
      <div className="inline-form">
        {controls}
        <Field type="date" {...date} />
        <button type="button" className="btn" data-testid={run.testId} onClick={run.onRun}>
          {t(run.label)}
        </button>
      </div>
      <FormError text={error} />
      {children}
    </Panel>
  );
}

/** 违约情形: one instalment missed, the claim under the judgment as of a day against what the plan still owes. */
export function DefaultPanel({
  id,
  rows,
}: {
  id: number;
  rows: { seq: number; date: string; label: { zh: string; en: string } }[];
}) {
  const { t, locale } = useI18n();
  const [seq, setSeq] = useState(String(rows[0]?.seq ?? 1));
  const [asOf, setAsOf] = useState(rows[0]?.date ?? today());
  const answer = useAnswer<DefaultScenarioView>(useErrorText());
  const result = answer.value;
  const facts: [MessageKey, string | undefined, string, boolean?][] = result
    ? [
        ['settlement.paidUnder', result.paidTotal, 'default-paid'],
        ['settlement.claim', result.claim.total, 'default-claim'],
        ['settlement.remainingUnder', result.remainingUnderAgreement, 'default-remaining'],
        ['settlement.costOfDefault', result.costOfDefault, 'default-cost', true],
      ]
    : [];
  return (
    <AskPanel
      title="settlement.defaultHeading"
      testId="settlement-default"
      controls={
        <LabelledField id="missed-seq" label={t('settlement.missed')}>
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
        </LabelledField>
      }
      date={{ label: 'settlement.f.claimAsOf', testId: 'default-asOf', value: asOf, onChange: setAsOf }}
      run={{
        label: 'settlement.defaultRun',
        testId: 'default-run',
        onRun: () =>
          void answer.run(() => api.call('settlements.project', { id, missedSeq: Number(seq), asOf })),
      }}
      error={answer.error}
    >
      {result && (
        <div data-testid="default-result">
          <dl className="facts">
            {facts.map(([label, value, testId, signed]) => (
              <div key={testId}>
                <dt>{t(label)}</dt>
                <dd>
                  <Amount value={value} signed={signed} testId={testId} />
                </dd>
              </div>
            ))}
          </dl>
          <p className="muted">{locale === 'en' ? result.rule.en : result.rule.zh}</p>
        </div>
      )}
    </AskPanel>
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

/** 履行情况: the plan's rows against the case's payments as of a day. */
export function TrackPanel({ id }: { id: number }) {
  const { t, locale } = useI18n();
  const [asOf, setAsOf] = useState(today());
  const answer = useAnswer<TrackingView>(useErrorText());
  const result = answer.value;
  return (
    <AskPanel
      title="settlement.trackHeading"
      testId="settlement-track"
      date={{ label: 'settlement.f.trackAsOf', testId: 'track-asOf', value: asOf, onChange: setAsOf }}
      run={{
        label: 'settlement.trackRun',
        testId: 'track-run',
        onRun: () => void answer.run(() => api.call('settlements.track', { id, asOf })),
      }}
      error={answer.error}
    >
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
          <MoneyTable
            columns={[
              ...PLAN_ROW,
              { num: 'settlement.col.paid' },
              'settlement.col.state',
              { num: 'settlement.col.daysLate' },
            ]}
            testId="track-table"
          >
            {result.rows.map((r) => (
              <tr key={r.seq} className={r.breach ? 'settlement-breach' : ''}>
                <PlanRowCells row={r} />
                <AmountCell value={r.paid} />
                <td>{t(STATE_KEY[r.state])}</td>
                <td className="num">{r.daysLate || ''}</td>
              </tr>
            ))}
          </MoneyTable>
          <p className="muted">{locale === 'en' ? result.rule.en : result.rule.zh}</p>
        </>
      )}
    </AskPanel>
  );
}
