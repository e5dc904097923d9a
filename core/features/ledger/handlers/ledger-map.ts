import type {
  Ledger,
  LedgerObligation,
  LedgerPayment,
  PaymentKind,
  Schedule,
  Settings,
} from '../../../lib/interest/types';
import { LEDGER_FORMAT } from '../ledger-file';
import type { CaseDetail, Obligation } from '../../cases/model';

/** A case as the engine's ledger (INTEREST.md §6): codes become ids, stored settings pass through. */
export function caseToLedger(detail: CaseDetail): Ledger {
  const ledger: Ledger = {
    format: LEDGER_FORMAT,
    caseNumber: detail.caseNumber,
    obligations: detail.obligations.map(toLedgerObligation),
    payments: detail.payments.map((p): LedgerPayment => ({
      id: p.code,
      date: p.date,
      amount: p.amount,
      kind: p.kind as PaymentKind,
    })),
    excluded: detail.excluded.map((e) => ({
      from: e.from,
      to: e.to,
      ...(e.reason ? { reason: e.reason } : {}),
    })),
    settings: detail.settings as Partial<Settings>,
  };
  if (detail.asOf) ledger.asOf = detail.asOf;
  return ledger;
}

function toLedgerObligation(o: Obligation): LedgerObligation {
  const label = o.label ? { label: o.label } : {};
  if (o.kind === 'interestRunning')
    return {
      id: o.code,
      kind: o.kind,
      ...label,
      base: o.base!,
      schedule: o.schedule as Schedule,
      from: o.from!,
      until: o.until,
    };
  return {
    id: o.code,
    kind: o.kind,
    ...label,
    amount: o.amount!,
    due: o.due!,
    ...(o.inDelayBase === null ? {} : { inDelayBase: o.inDelayBase }),
  };
}

/** Ledger obligations as rows to store (the reverse of toLedgerObligation). */
export function ledgerObligationFields(o: LedgerObligation): Omit<Obligation, 'id' | 'caseId' | 'position'> {
  if (o.kind === 'interestRunning')
    return {
      code: o.id,
      kind: o.kind,
      label: o.label ?? '',
      amount: null,
      due: null,
      base: o.base,
      schedule: o.schedule,
      from: o.from,
      until: o.until ?? null,
      inDelayBase: null,
    };
  return {
    code: o.id,
    kind: o.kind,
    label: o.label ?? '',
    amount: o.amount,
    due: o.due,
    base: null,
    schedule: null,
    from: null,
    until: null,
    inDelayBase: o.inDelayBase ?? null,
  };
}
