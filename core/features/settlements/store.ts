import type { DistributionRecord, SettlementOrigin, SettlementRecord, SettlementStatus } from './model/views';
import { fenToYuan, yuanToFen } from '../../lib/money/amount';
import type {
  Acknowledged,
  ClaimClass,
  Clauses,
  DistributionClaim,
  PlanItem,
  PlanItemKind,
  RuleSet,
} from './';
import type { PlanClocksInput } from './clocks';
import { stmt, type ReadDb, type WriteDb } from '../../platform/db/handle';

/** Settlements (执行和解协议) and distribution plans (执行款分配方案): money in fen, the rest as JSON. */

export type SettlementFields = Omit<SettlementRecord, 'id' | 'caseId' | 'origin' | 'createdAt' | 'updatedAt'>;
export type DistributionFields = Omit<DistributionRecord, 'id' | 'caseId' | 'createdAt' | 'updatedAt'>;

type SettlementRow = {
  id: number;
  case_id: number;
  title: string;
  status: SettlementStatus;
  concluded_on: string | null;
  ack_as_of: string;
  principal_fen: number;
  fee_fen: number;
  interest_fen: number;
  delay_fen: number;
  waived_fen: number;
  clauses_json: string;
  origin_court: string | null;
  origin_case_number: string | null;
  created_at: string;
  updated_at: string;
};

type ItemRow = { kind: PlanItemKind; amount_fen: number; detail_json: string };

/** The field of each item kind that holds its amount (stored as amount_fen). */
const AMOUNT_FIELD = {
  lump: 'amount',
  instalments: 'total',
  deduction: 'total',
  inKind: 'agreedValue',
  thirdParty: 'amount',
} as const satisfies Record<PlanItemKind, string>;

function itemToRow(item: PlanItem): { kind: PlanItemKind; amountFen: number; detail: string } {
  const field = AMOUNT_FIELD[item.kind];
  const detail: Record<string, unknown> = { ...item };
  const amount = detail[field] as string;
  delete detail[field];
  delete detail.kind;
  return { kind: item.kind, amountFen: yuanToFen(amount), detail: JSON.stringify(detail) };
}

function rowToItem(row: ItemRow): PlanItem {
  const detail = JSON.parse(row.detail_json) as Record<string, unknown>;
  return { kind: row.kind, ...detail, [AMOUNT_FIELD[row.kind]]: fenToYuan(row.amount_fen) } as PlanItem;
}

function toSettlement(db: ReadDb, r: SettlementRow): SettlementRecord {
  const items = (
    stmt(
      db,
      'SELECT kind, amount_fen, detail_json FROM settlement_items WHERE settlement_id = ? ORDER BY position',
    ).all(r.id) as ItemRow[]
  ).map(rowToItem);
  const acknowledged: Acknowledged = {
    asOf: r.ack_as_of,
    principal: fenToYuan(r.principal_fen),
    fee: fenToYuan(r.fee_fen),
    interest: fenToYuan(r.interest_fen),
    delayInterest: fenToYuan(r.delay_fen),
    delayWaived: fenToYuan(r.waived_fen),
  };
  return {
    id: r.id,
    caseId: r.case_id,
    title: r.title,
    status: r.status,
    concludedOn: r.concluded_on,
    acknowledged,
    items,
    clauses: JSON.parse(r.clauses_json) as Clauses,
    origin:
      r.origin_court === null && r.origin_case_number === null
        ? null
        : { court: r.origin_court ?? '', caseNumber: r.origin_case_number ?? '' },
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function settlementParams(f: SettlementFields) {
  const a = f.acknowledged;
  return {
    title: f.title,
    status: f.status,
    concludedOn: f.concludedOn,
    asOf: a.asOf,
    principal: yuanToFen(a.principal),
    fee: yuanToFen(a.fee),
    interest: yuanToFen(a.interest),
    delay: yuanToFen(a.delayInterest),
    waived: yuanToFen(a.delayWaived),
    clauses: JSON.stringify(f.clauses),
  };
}

function writeItems(db: WriteDb, settlementId: number, items: readonly PlanItem[]): void {
  stmt(db, 'DELETE FROM settlement_items WHERE settlement_id = ?').run(settlementId);
  const insert = stmt(
    db,
    'INSERT INTO settlement_items (settlement_id, position, kind, amount_fen, detail_json) VALUES (?, ?, ?, ?, ?)',
  );
  items.forEach((item, i) => {
    const row = itemToRow(item);
    insert.run(settlementId, i + 1, row.kind, row.amountFen, row.detail);
  });
}

export function listSettlements(db: ReadDb, caseId: number): SettlementRecord[] {
  return (
    stmt(db, 'SELECT * FROM settlements WHERE case_id = ? ORDER BY id').all(caseId) as SettlementRow[]
  ).map((r) => toSettlement(db, r));
}

export function getSettlement(db: ReadDb, id: number): SettlementRecord | undefined {
  const row = stmt(db, 'SELECT * FROM settlements WHERE id = ?').get(id) as SettlementRow | undefined;
  return row && toSettlement(db, row);
}

/** `origin`: the original court's case when the settlement comes from a transfer package (migration 010). */
export function insertSettlement(
  db: WriteDb,
  caseId: number,
  f: SettlementFields,
  at: string,
  origin: SettlementOrigin | null = null,
): number {
  const id = Number(
    stmt(
      db,
      `INSERT INTO settlements (case_id, title, status, concluded_on, ack_as_of, principal_fen, fee_fen, interest_fen,
         delay_fen, waived_fen, clauses_json, origin_court, origin_case_number, created_at, updated_at)
       VALUES (@caseId, @title, @status, @concludedOn, @asOf, @principal, @fee, @interest, @delay, @waived, @clauses,
         @originCourt, @originCaseNumber, @at, @at)`,
    ).run({
      ...settlementParams(f),
      caseId,
      at,
      originCourt: origin?.court ?? null,
      originCaseNumber: origin?.caseNumber ?? null,
    }).lastInsertRowid,
  );
  writeItems(db, id, f.items);
  return id;
}

export function updateSettlement(db: WriteDb, id: number, f: SettlementFields, at: string): void {
  stmt(
    db,
    `UPDATE settlements SET title = @title, status = @status, concluded_on = @concludedOn, ack_as_of = @asOf,
       principal_fen = @principal, fee_fen = @fee, interest_fen = @interest, delay_fen = @delay, waived_fen = @waived,
       clauses_json = @clauses, updated_at = @at WHERE id = @id`,
  ).run({ ...settlementParams(f), id, at });
  writeItems(db, id, f.items);
}

export function deleteSettlement(db: WriteDb, id: number): boolean {
  return stmt(db, 'DELETE FROM settlements WHERE id = ?').run(id).changes === 1;
}

type PlanRow = {
  id: number;
  case_id: number;
  title: string;
  debtor: string;
  plan_date: string;
  amount_fen: number;
  rule_set: RuleSet;
  living_first: number;
  clocks_json: string;
  created_at: string;
  updated_at: string;
};
type ClaimRow = {
  creditor: string;
  class: ClaimClass;
  amount_fen: number;
  collateral_fen: number | null;
  sealed_on: string | null;
  disputed: number;
  note: string;
};

const NO_CLOCKS: PlanClocksInput = {
  service: [],
  objectionOn: null,
  objectionNoticeOn: null,
  oppositionOn: null,
  oppositionNoticeOn: null,
  suitFiledOn: null,
};

function toPlan(db: ReadDb, r: PlanRow): DistributionRecord {
  const claims = (
    stmt(
      db,
      `SELECT creditor, class, amount_fen, collateral_fen, sealed_on, disputed, note FROM distribution_claims
       WHERE plan_id = ? ORDER BY position`,
    ).all(r.id) as ClaimRow[]
  ).map((c): DistributionClaim => ({
    creditor: c.creditor,
    class: c.class,
    amount: fenToYuan(c.amount_fen),
    collateralValue: c.collateral_fen === null ? null : fenToYuan(c.collateral_fen),
    sealedOn: c.sealed_on,
    disputed: c.disputed === 1,
    note: c.note,
  }));
  return {
    id: r.id,
    caseId: r.case_id,
    title: r.title,
    debtor: r.debtor,
    planDate: r.plan_date,
    amount: fenToYuan(r.amount_fen),
    claims,
    rules: { ruleSet: r.rule_set, livingFirst: r.living_first === 1 },
    clocks: { ...NO_CLOCKS, ...(JSON.parse(r.clocks_json) as Partial<PlanClocksInput>) },
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function writeClaims(db: WriteDb, planId: number, claims: readonly DistributionClaim[]): void {
  stmt(db, 'DELETE FROM distribution_claims WHERE plan_id = ?').run(planId);
  const insert = stmt(
    db,
    `INSERT INTO distribution_claims (plan_id, position, creditor, class, amount_fen, collateral_fen, sealed_on, disputed, note)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  claims.forEach((c, i) =>
    insert.run(
      planId,
      i + 1,
      c.creditor,
      c.class,
      yuanToFen(c.amount),
      c.collateralValue === null ? null : yuanToFen(c.collateralValue),
      c.sealedOn,
      c.disputed ? 1 : 0,
      c.note,
    ),
  );
}

export function listDistributionPlans(db: ReadDb, caseId: number): DistributionRecord[] {
  return (
    stmt(db, 'SELECT * FROM distribution_plans WHERE case_id = ? ORDER BY id').all(caseId) as PlanRow[]
  ).map((r) => toPlan(db, r));
}

export function getDistributionPlan(db: ReadDb, id: number): DistributionRecord | undefined {
  const row = stmt(db, 'SELECT * FROM distribution_plans WHERE id = ?').get(id) as PlanRow | undefined;
  return row && toPlan(db, row);
}

export function insertDistributionPlan(
  db: WriteDb,
  caseId: number,
  f: DistributionFields,
  at: string,
): number {
  const id = Number(
    stmt(
      db,
      `INSERT INTO distribution_plans (case_id, title, debtor, plan_date, amount_fen, rule_set, living_first, clocks_json,
         created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      caseId,
      f.title,
      f.debtor,
      f.planDate,
      yuanToFen(f.amount),
      f.rules.ruleSet,
      f.rules.livingFirst ? 1 : 0,
      JSON.stringify(f.clocks),
      at,
      at,
    ).lastInsertRowid,
  );
  writeClaims(db, id, f.claims);
  return id;
}

export function updateDistributionPlan(db: WriteDb, id: number, f: DistributionFields, at: string): void {
  stmt(
    db,
    `UPDATE distribution_plans SET title = ?, debtor = ?, plan_date = ?, amount_fen = ?, rule_set = ?, living_first = ?,
       clocks_json = ?, updated_at = ? WHERE id = ?`,
  ).run(
    f.title,
    f.debtor,
    f.planDate,
    yuanToFen(f.amount),
    f.rules.ruleSet,
    f.rules.livingFirst ? 1 : 0,
    JSON.stringify(f.clocks),
    at,
    id,
  );
  writeClaims(db, id, f.claims);
}

export function deleteDistributionPlan(db: WriteDb, id: number): boolean {
  return stmt(db, 'DELETE FROM distribution_plans WHERE id = ?').run(id).changes === 1;
}
