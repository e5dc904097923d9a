import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { Envelope } from '../../../core/platform/api/model';
import type { SessionEntryView, SessionView } from '../../../core/features/recon/model';
import type { Participant, Speaker } from '../../../core/features/recon/model';
import { api } from '../../app/api/client';
import { useI18n } from '../../app/i18n';
import { fieldErrors } from '../../ui/lib/errors';
import { AmountInput } from '../../ui/AmountInput';
import { DateInput } from '../../ui/DateInput';
import {
  ADOPT_KEYS,
  ADOPT_OPTIONS,
  claimFromValues,
  EMPTY_CLAIM,
  ORDER_CHOICE_NAMES,
  ROLE_KEYS,
  SIDE_KEYS,
  type Adopt,
  type ClaimValues,
} from './recon';

/**
 * The forms that change a session. Each opens from a key or a button and changes nothing until its
 * confirm button (or Enter in a field); Esc closes it; a refusal shows the server's message and keeps
 * what was typed.
 */
export type OpenForm =
  | { kind: 'agree' | 'dispute'; side: Speaker; person?: Participant | null }
  | { kind: 'rest'; person: Participant }
  | { kind: 'finding' }
  | { kind: 'unlock' }
  | null;

/** 「被执行人张某某」 for a person, else the side's name. */
function useSpeakerLabel(side: Speaker, person: Participant | null | undefined): string {
  const { t } = useI18n();
  if (person) return `${t(ROLE_KEYS[person.role])}${person.name}`;
  return side === 'interested' ? t('recon.side.interested') : t(SIDE_KEYS[side]);
}

type Change = (call: () => Promise<Envelope<SessionView>>) => Promise<Envelope<SessionView>>;
type Common = { view: SessionView; entry: SessionEntryView; change: Change; onClose: () => void };

function useSubmit(change: Change, onClose: () => void) {
  const { locale } = useI18n();
  const [error, setError] = useState<{ form: string | null; fields: Record<string, string> } | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (call: () => Promise<Envelope<SessionView>>, fields: readonly string[] = []) => {
    if (busy) return;
    setBusy(true);
    const result = await change(call);
    setBusy(false);
    if (result.ok) onClose();
    else setError(fieldErrors(result.error, fields, locale));
  };
  return { error, busy, submit };
}

function Shell({
  testId,
  title,
  onClose,
  onSubmit,
  error,
  children,
  actions,
}: {
  testId: string;
  title: string;
  onClose: () => void;
  onSubmit: () => void;
  error: { form: string | null } | null;
  children?: ReactNode;
  actions: ReactNode;
}) {
  const { t } = useI18n();
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  };
  return (
    <form
      className="recon-form"
      data-testid={testId}
      onKeyDown={onKeyDown}
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <h3>{title}</h3>
      {children}
      {error?.form && (
        <div className="form-error" role="alert" data-testid={`${testId}-error`}>
          {error.form}
        </div>
      )}
      <div className="record-form__actions">
        {actions}
        <button type="button" className="btn" data-testid={`${testId}-cancel`} onClick={onClose}>
          {t('common.cancel')}
        </button>
        <span className="hint">{t('recon.formHint')}</span>
      </div>
    </form>
  );
}

export function AgreeForm({
  view,
  entry,
  side,
  person,
  change,
  onClose,
}: Common & { side: Speaker; person?: Participant | null }) {
  const { t } = useI18n();
  const who = useSpeakerLabel(side, person);
  const [statement, setStatement] = useState('');
  const { error, busy, submit } = useSubmit(change, onClose);
  const confirm = useRef<HTMLButtonElement | null>(null);
  useEffect(() => confirm.current?.focus(), []);
  return (
    <Shell
      testId="recon-agree-form"
      title={t('recon.agree.title', { side: who, n: entry.index + 1 })}
      onClose={onClose}
      error={error}
      onSubmit={() =>
        void submit(() =>
          api.call('recon.position', {
            sessionId: view.id,
            entryKey: entry.key,
            ...(person ? { participantId: person.id } : side === 'interested' ? {} : { side }),
            stance: 'agree',
            statement,
          }),
        )
      }
      actions={
        <button
          ref={confirm}
          type="submit"
          className="btn btn--primary"
          data-testid="recon-agree-confirm"
          disabled={busy}
        >
          {t('recon.agree.confirm', { side: who })}
        </button>
      }
    >
      <div className="field">
        <label htmlFor="recon-agree-statement">{t('recon.statement')}</label>
        <input
          id="recon-agree-statement"
          data-testid="recon-agree-statement"
          value={statement}
          maxLength={2000}
          onChange={(e) => setStatement(e.target.value)}
        />
      </div>
    </Shell>
  );
}

function ClaimFields({
  prefix,
  values,
  onChange,
  errors,
  orderOnly,
}: {
  prefix: string;
  values: ClaimValues;
  onChange: (v: ClaimValues) => void;
  errors: Record<string, string>;
  orderOnly?: boolean;
}) {
  const { t } = useI18n();
  const order = (
    <div className="field">
      <label htmlFor={`${prefix}-order`}>{t('recon.claimField.order')}</label>
      <select
        id={`${prefix}-order`}
        data-testid={`${prefix}-order`}
        value={values.order}
        disabled={values.removed}
        aria-invalid={errors.order ? true : undefined}
        onChange={(e) => onChange({ ...values, order: e.target.value as ClaimValues['order'] })}
      >
        <option value="">{t('recon.claimField.orderNone')}</option>
        {ORDER_CHOICE_NAMES.map((name) => (
          <option key={name} value={name}>
            {t(`recon.orderName.${name}`)}
          </option>
        ))}
      </select>
      {errors.order && <span className="field__error">{errors.order}</span>}
    </div>
  );
  if (orderOnly) return <div className="record-form__grid">{order}</div>;
  return (
    <div className="record-form__grid">
      <div className="field">
        <label htmlFor={`${prefix}-date`}>{t('recon.claimField.date')}</label>
        <DateInput
          id={`${prefix}-date`}
          className="mono"
          value={values.date}
          disabled={values.removed}
          aria-invalid={errors.date ? true : undefined}
          onChange={(date) => onChange({ ...values, date })}
        />
        {errors.date && <span className="field__error">{errors.date}</span>}
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-amount`}>{t('recon.claimField.amount')}</label>
        <AmountInput
          id={`${prefix}-amount`}
          placeholder={t('placeholder.amount')}
          value={values.amount}
          disabled={values.removed}
          aria-invalid={errors.amount ? true : undefined}
          onChange={(amount) => onChange({ ...values, amount })}
        />
        {errors.amount && <span className="field__error">{errors.amount}</span>}
      </div>
      {order}
      <label className="check">
        <input
          type="checkbox"
          data-testid={`${prefix}-removed`}
          checked={values.removed}
          onChange={(e) => onChange({ ...values, removed: e.target.checked })}
        />
        {t('recon.claimField.removed')}
      </label>
    </div>
  );
}

/** Which entries take a claimed value: payments (date, amount, denial, order) and the order entry (order). */
const claims = (entry: SessionEntryView) => entry.kind === 'payment' || entry.kind === 'order';

export function DisputeForm({
  view,
  entry,
  side,
  person,
  change,
  onClose,
}: Common & { side: Speaker; person?: Participant | null }) {
  const { t } = useI18n();
  const who = useSpeakerLabel(side, person);
  const [claim, setClaim] = useState<ClaimValues>(EMPTY_CLAIM);
  const [statement, setStatement] = useState('');
  const { error, busy, submit } = useSubmit(change, onClose);
  const first = useRef<HTMLDivElement | null>(null);
  useEffect(() => first.current?.querySelector('input')?.focus(), []);
  const payment = claims(entry);
  return (
    <Shell
      testId="recon-dispute-form"
      title={t('recon.dispute.title', { side: who, n: entry.index + 1 })}
      onClose={onClose}
      error={error}
      onSubmit={() =>
        void submit(
          () =>
            api.call('recon.position', {
              sessionId: view.id,
              entryKey: entry.key,
              ...(person ? { participantId: person.id } : side === 'interested' ? {} : { side }),
              stance: 'dispute',
              claim: payment ? claimFromValues(claim) : null,
              statement,
            }),
          ['date', 'amount', 'order', 'statement'],
        )
      }
      actions={
        <button type="submit" className="btn btn--danger" data-testid="recon-dispute-confirm" disabled={busy}>
          {t('recon.dispute.confirm', { side: who })}
        </button>
      }
    >
      <div ref={first}>
        {payment && (
          <ClaimFields
            prefix="recon-dispute"
            values={claim}
            onChange={setClaim}
            errors={error?.fields ?? {}}
            orderOnly={entry.kind === 'order'}
          />
        )}
        <div className="field">
          <label htmlFor="recon-dispute-statement">{t('recon.statement')}</label>
          <input
            id="recon-dispute-statement"
            data-testid="recon-dispute-statement"
            value={statement}
            maxLength={2000}
            onChange={(e) => setStatement(e.target.value)}
          />
        </div>
      </div>
    </Shell>
  );
}

export function FindingForm({ view, entry, change, onClose }: Common) {
  const { t } = useI18n();
  const [adopt, setAdopt] = useState<Adopt>(entry.finding?.adopt ?? 'record');
  const [claim, setClaim] = useState<ClaimValues>(EMPTY_CLAIM);
  const [reason, setReason] = useState('');
  const { error, busy, submit } = useSubmit(change, onClose);
  const first = useRef<HTMLInputElement | null>(null);
  useEffect(() => first.current?.focus(), []);
  const payment = claims(entry);
  const options = ADOPT_OPTIONS.filter((o) => o !== 'court' || payment);
  return (
    <Shell
      testId="recon-finding-form"
      title={t('recon.finding.title', { n: entry.index + 1 })}
      onClose={onClose}
      error={error}
      onSubmit={() =>
        void submit(
          () =>
            api.call('recon.finding', {
              sessionId: view.id,
              entryKey: entry.key,
              adopt,
              claim: adopt === 'court' ? claimFromValues(claim) : null,
              reason,
            }),
          ['date', 'amount', 'order', 'reason'],
        )
      }
      actions={
        <button
          type="submit"
          className="btn btn--primary"
          data-testid="recon-finding-confirm"
          disabled={busy}
        >
          {t('recon.finding.confirm')}
        </button>
      }
    >
      <fieldset className="choices">
        <legend>{t('recon.finding.adopt')}</legend>
        {options.map((o, i) => (
          <label key={o} className="check">
            <input
              ref={i === 0 ? first : undefined}
              type="radio"
              name="recon-adopt"
              value={o}
              data-testid={`recon-finding-${o}`}
              checked={adopt === o}
              onChange={() => setAdopt(o)}
            />
            {t(ADOPT_KEYS[o])}
          </label>
        ))}
      </fieldset>
      {adopt === 'court' && (
        <ClaimFields
          prefix="recon-finding"
          values={claim}
          onChange={setClaim}
          errors={error?.fields ?? {}}
          orderOnly={entry.kind === 'order'}
        />
      )}
      <div className="field">
        <label htmlFor="recon-finding-reason">
          {t('recon.finding.reason')} <span className="field__required">*</span>
        </label>
        <input
          id="recon-finding-reason"
          data-testid="recon-finding-reason"
          value={reason}
          maxLength={2000}
          aria-invalid={error?.fields.reason ? true : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
        {error?.fields.reason && <span className="field__error">{error.fields.reason}</span>}
      </div>
    </Shell>
  );
}

export function UnlockForm({ view, entry, change, onClose }: Common) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const { error, busy, submit } = useSubmit(change, onClose);
  return (
    <Shell
      testId="recon-unlock-form"
      title={t('recon.unlock.title', { n: entry.index + 1 })}
      onClose={onClose}
      error={error}
      onSubmit={() =>
        void submit(
          () => api.call('recon.unlock', { sessionId: view.id, entryKey: entry.key, reason }),
          ['reason'],
        )
      }
      actions={
        <button
          type="submit"
          className="btn btn--danger"
          data-testid="recon-unlock-confirm"
          disabled={busy || reason.trim() === ''}
        >
          {t('recon.unlock.confirm')}
        </button>
      }
    >
      <div className="field">
        <label htmlFor="recon-unlock-reason">
          {t('recon.unlock.reason')} <span className="field__required">*</span>
        </label>
        <input
          id="recon-unlock-reason"
          data-testid="recon-unlock-reason"
          autoFocus
          value={reason}
          maxLength={500}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
    </Shell>
  );
}

/** 「其余各项无异议」: one confirmation, then one agreement per entry this person has not spoken on. */
export function RestForm({ view, person, change, onClose }: Omit<Common, 'entry'> & { person: Participant }) {
  const { t } = useI18n();
  const who = useSpeakerLabel('creditor', person);
  const [statement, setStatement] = useState('');
  const { error, busy, submit } = useSubmit(change, onClose);
  const confirm = useRef<HTMLButtonElement | null>(null);
  useEffect(() => confirm.current?.focus(), []);
  const left = view.entries.filter(
    (e) => !e.locked && !(e.persons ?? []).some((p) => p.participantId === person.id),
  ).length;
  return (
    <Shell
      testId="recon-rest-form"
      title={t('recon.rest.title', { side: who })}
      onClose={onClose}
      error={error}
      onSubmit={() =>
        void submit(() =>
          api.call('recon.restAgreed', { sessionId: view.id, participantId: person.id, statement }),
        )
      }
      actions={
        <button
          ref={confirm}
          type="submit"
          className="btn btn--primary"
          data-testid="recon-rest-confirm"
          disabled={busy || left === 0}
        >
          {t('recon.rest.confirm', { side: who, n: left })}
        </button>
      }
    >
      <p data-testid="recon-rest-count" data-value={left}>
        {t('recon.rest.hint', { n: left })}
      </p>
      <div className="field">
        <label htmlFor="recon-rest-statement">{t('recon.statement')}</label>
        <input
          id="recon-rest-statement"
          data-testid="recon-rest-statement"
          value={statement}
          onChange={(e) => setStatement(e.target.value)}
        />
      </div>
    </Shell>
  );
}
