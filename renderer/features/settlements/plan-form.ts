import type { InputOf } from '../../../core/platform/api/contract';
import { DEFAULT_DEDUCTION_SOURCE } from './vocabulary';
import type { SettlementRecord } from '../../../core/features/settlements/model/views';
import type {
  PlanItem,
  PlanItemKind,
  TransferCostBearer,
} from '../../../core/features/settlements/model/views';

/**
 * The settlement editor's state: every field a string as typed (nothing parsed in the renderer), turned
 * into the API's input on the way out. The server validates and computes; the renderer only shows.
 */
export type ItemDraft = {
  key: number;
  kind: PlanItemKind;
  date: string;
  amount: string;
  total: string;
  count: string;
  firstDate: string;
  /** custom dates / amounts, one per line or separated by spaces or commas; empty = monthly / equal */
  dates: string;
  amounts: string;
  perPeriod: string;
  source: string;
  item: string;
  quantity: string;
  agreedValue: string;
  deliveryDate: string;
  transferCosts: TransferCostBearer;
  payer: string;
  payee: string;
  purpose: string;
  counts: boolean;
  note: string;
};

export type PlanDraft = {
  id: number | null;
  title: string;
  status: 'draft' | 'concluded';
  concludedOn: string;
  asOf: string;
  principal: string;
  fee: string;
  interest: string;
  delayInterest: string;
  delayWaived: string;
  items: ItemDraft[];
  order: string;
  graceDays: string;
  defaultExtra: string;
  guarantorName: string;
  guarantorId: string;
  guarantorScope: string;
  place: string;
  manner: string;
};

let nextKey = 1;

export function emptyItem(kind: PlanItemKind): ItemDraft {
  return {
    key: nextKey++,
    kind,
    date: '',
    amount: '',
    total: '',
    count: kind === 'instalments' ? '6' : '',
    firstDate: '',
    dates: '',
    amounts: '',
    perPeriod: '',
    source: kind === 'deduction' ? DEFAULT_DEDUCTION_SOURCE : '',
    item: '',
    quantity: '',
    agreedValue: '',
    deliveryDate: '',
    transferCosts: 'debtor',
    payer: '',
    payee: '',
    purpose: '',
    counts: true,
    note: '',
  };
}

export function emptyPlan(asOf: string): PlanDraft {
  return {
    id: null,
    title: '',
    status: 'draft',
    concludedOn: '',
    asOf,
    principal: '0.00',
    fee: '0.00',
    interest: '0.00',
    delayInterest: '0.00',
    delayWaived: '0.00',
    items: [],
    order: '',
    graceDays: '0',
    defaultExtra: '',
    guarantorName: '',
    guarantorId: '',
    guarantorScope: '',
    place: '',
    manner: '',
  };
}

const list = (text: string): string[] | null => {
  const parts = text.split(/[\s,，、;；]+/).filter((x) => x !== '');
  return parts.length === 0 ? null : parts;
};

/** A whole number as typed, or NaN (the server's schema then names the field). */
const whole = (text: string): number => (/^\d{1,7}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

export function toItem(d: ItemDraft): PlanItem {
  switch (d.kind) {
    case 'lump':
      return { kind: 'lump', date: d.date, amount: d.amount, note: d.note };
    case 'instalments':
      return {
        kind: 'instalments',
        total: d.total,
        count: whole(d.count),
        firstDate: d.firstDate,
        dates: list(d.dates),
        amounts: list(d.amounts),
        note: d.note,
      };
    case 'deduction':
      return {
        kind: 'deduction',
        total: d.total,
        perPeriod: d.perPeriod,
        firstDate: d.firstDate,
        source: d.source,
        note: d.note,
      };
    case 'inKind':
      return {
        kind: 'inKind',
        item: d.item,
        quantity: d.quantity,
        agreedValue: d.agreedValue,
        deliveryDate: d.deliveryDate,
        transferCosts: d.transferCosts,
        note: d.note,
      };
    case 'thirdParty':
      return {
        kind: 'thirdParty',
        payer: d.payer,
        payee: d.payee,
        amount: d.amount,
        date: d.date,
        purpose: d.purpose,
        counts: d.counts,
        note: d.note,
      };
    default: {
      const never: never = d.kind;
      throw new Error(`unknown kind ${String(never)}`);
    }
  }
}

export function fromItem(item: PlanItem): ItemDraft {
  const d = emptyItem(item.kind);
  switch (item.kind) {
    case 'lump':
      return { ...d, date: item.date, amount: item.amount, note: item.note };
    case 'instalments':
      return {
        ...d,
        total: item.total,
        count: String(item.count),
        firstDate: item.firstDate,
        dates: item.dates?.join('\n') ?? '',
        amounts: item.amounts?.join('\n') ?? '',
        note: item.note,
      };
    case 'deduction':
      return { ...d, ...item };
    case 'inKind':
      return { ...d, ...item };
    case 'thirdParty':
      return { ...d, ...item };
    default: {
      const never: never = item;
      throw new Error(`unknown item ${JSON.stringify(never)}`);
    }
  }
}

export function planInput(caseId: number, p: PlanDraft): InputOf<'settlements.preview'> {
  return {
    caseId,
    acknowledged: {
      asOf: p.asOf,
      principal: p.principal,
      fee: p.fee,
      interest: p.interest,
      delayInterest: p.delayInterest,
      delayWaived: p.delayWaived,
    },
    items: p.items.map(toItem),
    clauses: {
      order: p.order,
      graceDays: whole(p.graceDays),
      defaultExtra: p.defaultExtra,
      guarantor: p.guarantorName.trim()
        ? { name: p.guarantorName, idNumber: p.guarantorId, scope: p.guarantorScope }
        : null,
      place: p.place,
      manner: p.manner,
    },
  };
}

export function saveInput(caseId: number, p: PlanDraft): InputOf<'settlements.save'> {
  return {
    ...planInput(caseId, p),
    ...(p.id === null ? {} : { id: p.id }),
    title: p.title,
    status: p.status,
    concludedOn: p.concludedOn === '' ? null : p.concludedOn,
  };
}

export function fromRecord(r: SettlementRecord): PlanDraft {
  const a = r.acknowledged;
  const g = r.clauses.guarantor;
  return {
    id: r.id,
    title: r.title,
    status: r.status,
    concludedOn: r.concludedOn ?? '',
    asOf: a.asOf,
    principal: a.principal,
    fee: a.fee,
    interest: a.interest,
    delayInterest: a.delayInterest,
    delayWaived: a.delayWaived,
    items: r.items.map(fromItem),
    order: r.clauses.order,
    graceDays: String(r.clauses.graceDays),
    defaultExtra: r.clauses.defaultExtra,
    guarantorName: g?.name ?? '',
    guarantorId: g?.idNumber ?? '',
    guarantorScope: g?.scope ?? '',
    place: r.clauses.place,
    manner: r.clauses.manner,
  };
}
