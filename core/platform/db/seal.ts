import { randomBytes } from 'node:crypto';
import { auditTail, getAuditRow } from './audit';
import { setCommitHooks, type ReadDb, type WriteDb } from './handle';
import fs from 'node:fs';
import { headFileOf, lostHeadFileOf, readHead, sealHead, writeHead, type Head } from './head-file';
import { reachesHead } from './journal-verify';
import { hasJournal, journalTail, lastSeal, sealSince } from './journal';
import { sealKeyFor } from './seal-key';

const inMemory = (file: string) => file === '' || file === ':memory:';

export function currentHead(db: ReadDb): Head {
  const seal = lastSeal(db);
  const audit = auditTail(db);
  const row = audit.seq > 0 ? getAuditRow(db, audit.seq) : undefined;
  return {
    journalSeq: seal.seq,
    journalMac: seal.mac,
    auditSeq: audit.seq,
    auditHash: audit.hash,
    auditLast: row ? { entity: row.entity, entityId: row.entity_id, action: row.action, at: row.at } : null,
  };
}

/**
 * Makes every outermost write transaction of this connection seal what it journaled, and write the
 * head file after it commits. The key is the workstation's (seal-key.ts), made on first use.
 */
export function attachSealing(db: WriteDb, file: string): void {
  const key = inMemory(file) ? randomBytes(32) : sealKeyFor(file, true)!;
  const headFile = inMemory(file) ? null : headFileOf(file);
  if (headFile) keepLostHead(db, file, key);
  let journaled: boolean | null = null;
  const journalHere = () => (journaled ||= hasJournal(db));
  setCommitHooks(db, {
    begin: () => (journalHere() ? journalTail(db) : 0),
    beforeCommit: (since) => journalHere() && sealSince(db, since, key) > 0,
    afterCommit: () => {
      if (headFile) writeHead(headFile, sealHead(key, 'head', currentHead(db)));
    },
  });
}

/**
 * Before this connection writes a head of its own: a head the file no longer reaches is kept aside
 * (one at a time; the first found is the one that matters), so the next commit cannot erase the sign.
 */
function keepLostHead(db: WriteDb, file: string, key: Buffer): void {
  const head = headFileOf(file);
  const lost = lostHeadFileOf(file);
  if (fs.existsSync(lost) || !hasJournal(db)) return;
  const read = readHead(head, key, 'head');
  if (read.state === 'missing' || (read.state === 'ok' && reachesHead(db, read.head))) return;
  fs.renameSync(head, lost);
}

/** audit.acknowledge: the lost head has been seen; kept under a name the check no longer reads. */
export function retireLostHead(file: string, stamp: string): void {
  const lost = lostHeadFileOf(file);
  if (fs.existsSync(lost)) fs.renameSync(lost, `${lost}-acknowledged-${stamp.replace(/[^0-9TZ]/g, '')}`);
}
