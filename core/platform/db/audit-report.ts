import { getAuditRow, verifyAuditChain } from './audit';
import type { ReadDb } from './handle';
import { render, type Text } from '../../lib/text';
import { AUDIT_ACTION_LABELS, ENTITY_LABELS, PLATFORM_MESSAGES } from '../api/messages';

function label(table: Record<string, Text>, key: string): Text {
  return Object.hasOwn(table, key) ? table[key]! : { zh: key, en: key };
}

/**
 * The audit chain walked from its first row, with a message in both languages. Used by the
 * 'audit.verify' method, the hosts at every start and `hearing-desk audit verify`.
 */
export function auditChainReport(db: ReadDb): AuditVerifyView {
  const report = verifyAuditChain(db);
  if (report.ok) {
    const text = render(PLATFORM_MESSAGES.auditIntact, { rows: report.rows, head: report.head });
    return { ok: true, rows: report.rows, head: report.head, message_zh: text.zh, message_en: text.en };
  }
  const seq = report.firstBadSeq!;
  const row = getAuditRow(db, seq);
  const firstBad = row && {
    seq: row.seq,
    entity: row.entity,
    entityId: row.entity_id,
    action: row.action,
    at: row.at,
    actor: row.actor,
  };
  const where = row
    ? render(PLATFORM_MESSAGES.auditRow, {
        entity: label(ENTITY_LABELS, row.entity),
        id: row.entity_id,
        action: label(AUDIT_ACTION_LABELS, row.action),
        at: row.at,
      })
    : { zh: '', en: '' };
  const text = render(PLATFORM_MESSAGES.auditBroken, { seq, where });
  return {
    ok: false,
    rows: report.rows,
    head: report.head,
    firstBadSeq: seq,
    ...(firstBad ? { firstBad } : {}),
    message_zh: text.zh,
    message_en: text.en,
  };
}

/** audit.verify: the hash chain walked from the first row; a broken one names its first bad row. */
export type AuditVerifyView = {
  ok: boolean;
  rows: number;
  /** hash of the last good row (64 zeros for an empty chain) */
  head: string;
  firstBadSeq?: number;
  firstBad?: { seq: number; entity: string; entityId: string; action: string; at: string; actor: string };
  message_zh: string;
  message_en: string;
};
