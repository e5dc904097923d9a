import type { Party, PartyRole } from '../model';
import { stmt, type ReadDb, type WriteDb } from '../../../platform/db/handle';

export type PartyFields = {
  role: PartyRole;
  name: string;
  idNumber: string;
  phone: string;
  address: string;
  representative: string;
};

type PartyRow = {
  id: number;
  case_id: number;
  role: PartyRole;
  name: string;
  id_number: string;
  phone: string;
  address: string;
  representative: string;
  position: number;
};

export const partySql = {
  list: 'SELECT * FROM parties WHERE case_id = ? ORDER BY position, id',
  get: 'SELECT * FROM parties WHERE id = ?',
} as const;

function toParty(row: PartyRow): Party {
  return {
    id: row.id,
    caseId: row.case_id,
    role: row.role,
    name: row.name,
    idNumber: row.id_number,
    phone: row.phone,
    address: row.address,
    representative: row.representative,
  };
}

export function listParties(db: ReadDb, caseId: number): Party[] {
  return (stmt(db, partySql.list).all(caseId) as PartyRow[]).map(toParty);
}

export function getParty(db: ReadDb, id: number): Party | undefined {
  const row = stmt(db, partySql.get).get(id) as PartyRow | undefined;
  return row && toParty(row);
}

export function insertParty(db: WriteDb, caseId: number, fields: PartyFields): number {
  const result = stmt(
    db,
    `INSERT INTO parties (case_id, role, name, id_number, phone, address, representative, position)
     VALUES (@caseId, @role, @name, @idNumber, @phone, @address, @representative,
       (SELECT coalesce(max(position), 0) + 1 FROM parties WHERE case_id = @caseId))`,
  ).run({ ...fields, caseId });
  return Number(result.lastInsertRowid);
}

export function updateParty(db: WriteDb, id: number, fields: PartyFields): boolean {
  const result = stmt(
    db,
    `UPDATE parties SET role = @role, name = @name, id_number = @idNumber, phone = @phone,
       address = @address, representative = @representative
     WHERE id = @id`,
  ).run({ ...fields, id });
  return result.changes === 1;
}

export function deleteParty(db: WriteDb, id: number): boolean {
  return stmt(db, 'DELETE FROM parties WHERE id = ?').run(id).changes === 1;
}
