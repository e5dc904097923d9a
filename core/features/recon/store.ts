import type {
  Claim,
  Entry,
  EntryRecord,
  Finding,
  ParticipantRole,
  Position,
  SessionOutcome,
  SessionState,
} from './rules';
import type { Ledger } from '../../lib/interest/types';
import { deriveRecord } from './rules';
import type { Participant } from './model';
import { stmt, type ReadDb, type WriteDb } from '../../platform/db/handle';

export type SessionRow = {
  id: number;
  caseId: number;
  state: SessionState;
  cursor: number;
  ledger: Ledger | null;
  entries: Entry[] | null;
  outcome: SessionOutcome | null;
  createdAt: string;
  updatedAt: string;
};

type Raw = {
  id: number;
  case_id: number;
  state: SessionState;
  cursor: number;
  ledger_json: string | null;
  entries_json: string | null;
  outcome_json: string | null;
  created_at: string;
  updated_at: string;
};

const parse = <T>(json: string | null): T | null => (json === null ? null : (JSON.parse(json) as T));

function toSession(r: Raw): SessionRow {
  return {
    id: r.id,
    caseId: r.case_id,
    state: r.state,
    cursor: r.cursor,
    ledger: parse<Ledger>(r.ledger_json),
    entries: parse<Entry[]>(r.entries_json),
    outcome: parse<SessionOutcome>(r.outcome_json),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function insertSession(db: WriteDb, caseId: number, at: string): number {
  return Number(
    stmt(
      db,
      "INSERT INTO recon_sessions (case_id, state, created_at, updated_at) VALUES (?, 'DRAFT', ?, ?)",
    ).run(caseId, at, at).lastInsertRowid,
  );
}

export function getSession(db: ReadDb, id: number): SessionRow | undefined {
  const raw = stmt(db, 'SELECT * FROM recon_sessions WHERE id = ?').get(id) as Raw | undefined;
  return raw && toSession(raw);
}

export function listSessions(db: ReadDb, caseId: number): SessionRow[] {
  return (
    stmt(db, 'SELECT * FROM recon_sessions WHERE case_id = ? ORDER BY id DESC').all(caseId) as Raw[]
  ).map(toSession);
}

export function startSession(db: WriteDb, id: number, ledger: Ledger, entries: Entry[], at: string): void {
  stmt(
    db,
    "UPDATE recon_sessions SET state = 'IN_SESSION', ledger_json = ?, entries_json = ?, cursor = 0, updated_at = ? WHERE id = ?",
  ).run(JSON.stringify(ledger), JSON.stringify(entries), at, id);
}

export function setSessionState(
  db: WriteDb,
  id: number,
  state: SessionState,
  at: string,
  outcome?: SessionOutcome,
): void {
  if (outcome === undefined)
    stmt(db, 'UPDATE recon_sessions SET state = ?, updated_at = ? WHERE id = ?').run(state, at, id);
  else
    stmt(db, 'UPDATE recon_sessions SET state = ?, outcome_json = ?, updated_at = ? WHERE id = ?').run(
      state,
      JSON.stringify(outcome),
      at,
      id,
    );
}

export function setCursor(db: WriteDb, id: number, cursor: number, at: string): void {
  stmt(db, 'UPDATE recon_sessions SET cursor = ?, updated_at = ? WHERE id = ?').run(cursor, at, id);
}

export function insertParticipant(
  db: WriteDb,
  sessionId: number,
  role: ParticipantRole,
  name: string,
): number {
  const next = stmt(db, 'SELECT coalesce(max(position), 0) + 1 FROM recon_participants WHERE session_id = ?')
    .pluck()
    .get(sessionId) as number;
  return Number(
    stmt(db, 'INSERT INTO recon_participants (session_id, role, name, position) VALUES (?, ?, ?, ?)').run(
      sessionId,
      role,
      name,
      next,
    ).lastInsertRowid,
  );
}

export function listParticipants(db: ReadDb, sessionId: number): Participant[] {
  return (
    stmt(
      db,
      'SELECT id, session_id, role, name, position FROM recon_participants WHERE session_id = ? ORDER BY position',
    ).all(sessionId) as {
      id: number;
      session_id: number;
      role: ParticipantRole;
      name: string;
      position: number;
    }[]
  ).map((r) => ({ id: r.id, sessionId: r.session_id, role: r.role, name: r.name, position: r.position }));
}

export function insertPosition(
  db: WriteDb,
  sessionId: number,
  entryKey: string,
  p: Position,
  actor: string,
): void {
  stmt(
    db,
    'INSERT INTO recon_positions (session_id, entry_key, side, participant_id, stance, claim_json, statement, rest, at, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(
    sessionId,
    entryKey,
    p.side,
    p.participantId ?? null,
    p.stance,
    p.claim ? JSON.stringify(p.claim) : null,
    p.statement,
    p.rest ? 1 : 0,
    p.at,
    actor,
  );
}

/** Every position ever stated, oldest first (the minutes show the history, the screen the latest). */
export function listPositions(
  db: ReadDb,
  sessionId: number,
): (Position & { entryKey: string; actor: string })[] {
  return (
    stmt(db, 'SELECT * FROM recon_positions WHERE session_id = ? ORDER BY id').all(sessionId) as {
      entry_key: string;
      side: Position['side'];
      participant_id: number | null;
      rest: number;
      stance: Position['stance'];
      claim_json: string | null;
      statement: string;
      at: string;
      actor: string;
    }[]
  ).map((r) => ({
    entryKey: r.entry_key,
    side: r.side,
    participantId: r.participant_id,
    ...(r.rest === 1 ? { rest: true } : {}),
    stance: r.stance,
    claim: parse<Claim>(r.claim_json),
    statement: r.statement,
    at: r.at,
    actor: r.actor,
  }));
}

export function saveEntryFlags(
  db: WriteDb,
  sessionId: number,
  entryKey: string,
  locked: boolean,
  finding: Finding | null,
): void {
  stmt(
    db,
    `INSERT INTO recon_entries (session_id, entry_key, locked, finding_json) VALUES (?, ?, ?, ?)
     ON CONFLICT (session_id, entry_key) DO UPDATE SET locked = excluded.locked, finding_json = excluded.finding_json`,
  ).run(sessionId, entryKey, locked ? 1 : 0, finding ? JSON.stringify(finding) : null);
}

/** The latest position per entry and person (what each side stands on derived), with the lock and the court's finding. */
export function loadRecords(db: ReadDb, sessionId: number): Map<string, EntryRecord> {
  const roster = listParticipants(db, sessionId);
  const persons = new Map<string, Map<string, Position>>();
  for (const p of listPositions(db, sessionId)) {
    const { entryKey: key, actor: _actor, ...position } = p;
    const who = position.participantId != null ? `person:${position.participantId}` : `side:${p.side}`;
    let mine = persons.get(key);
    if (!mine) persons.set(key, (mine = new Map()));
    // Re-inserted so the map keeps the order positions were last stated in.
    mine.delete(who);
    mine.set(who, position);
  }
  const records = new Map<string, EntryRecord>();
  const get = (key: string) => {
    let r = records.get(key);
    if (!r) records.set(key, (r = { positions: {}, persons: [], locked: false, finding: null }));
    return r;
  };
  for (const [key, mine] of persons)
    records.set(key, deriveRecord([...mine.values()], roster, { locked: false, finding: null }));
  const flags = stmt(
    db,
    'SELECT entry_key, locked, finding_json FROM recon_entries WHERE session_id = ?',
  ).all(sessionId) as {
    entry_key: string;
    locked: number;
    finding_json: string | null;
  }[];
  for (const f of flags) {
    const r = get(f.entry_key);
    r.locked = f.locked === 1;
    r.finding = parse<Finding>(f.finding_json);
  }
  return records;
}

export type { Participant };
