import { getAuditRow, verifyAuditChain } from './audit';
import type { ReadDb } from './handle';
import { ENTITY_LABELS } from '../api/messages';
import type { AuditVerifyView } from '../../features/backups/model';

const ACTION_LABELS: Record<string, { zh: string; en: string }> = {
  create: { zh: '新增', en: 'create' },
  update: { zh: '修改', en: 'update' },
  delete: { zh: '删除', en: 'delete' },
};

function label(table: Record<string, { zh: string; en: string }>, key: string): { zh: string; en: string } {
  return Object.hasOwn(table, key) ? table[key]! : { zh: key, en: key };
}

/**
 * The audit chain walked from its first row, with a message in both languages. Used by the
 * 'audit.verify' method, the hosts at every start and `hearing-desk audit verify`.
 */
export function auditChainReport(db: ReadDb): AuditVerifyView {
  const report = verifyAuditChain(db);
  if (report.ok) {
    return {
      ok: true,
      rows: report.rows,
      head: report.head,
      message_zh: `审计链完好：共 ${report.rows} 行，链头 ${report.head}`,
      message_en: `audit chain intact: ${report.rows} rows, head ${report.head}`,
    };
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
  const entity = label(ENTITY_LABELS, row?.entity ?? '?');
  const action = label(ACTION_LABELS, row?.action ?? '?');
  const where_zh = row ? `（${entity.zh} ${row.entity_id}，${action.zh}，${row.at}）` : '';
  const where_en = row ? ` (${entity.en} ${row.entity_id}, ${action.en}, ${row.at})` : '';
  return {
    ok: false,
    rows: report.rows,
    head: report.head,
    firstBadSeq: seq,
    ...(firstBad ? { firstBad } : {}),
    message_zh: `审计链已断开：第 ${seq} 行${where_zh}与链不符，该行或其前一行在写入后被改动或删除。`,
    message_en: `audit chain broken at row ${seq}${where_en}: it or the row before it was changed or removed after it was written.`,
  };
}
