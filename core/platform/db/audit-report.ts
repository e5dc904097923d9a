import { getAuditRow, verifyAuditChain } from './audit';
import type { ReadDb } from './handle';
import { verifyJournal, type Finding, type JournalReport, type VerifyOptions } from './journal-verify';
import { FIELD_LABELS, JOURNAL_MESSAGES, TABLE_LABELS } from './messages';
import { render, type Text } from '../../lib/text';
import { AUDIT_ACTION_LABELS, ENTITY_LABELS, PLATFORM_MESSAGES } from '../api/messages';

function label(table: Record<string, Text>, key: string): Text {
  return Object.hasOwn(table, key) ? table[key]! : { zh: key, en: key };
}

const shown = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** One finding of the data check in both languages. */
export function describeFinding(f: Finding): Text {
  const table = 'table' in f ? label(TABLE_LABELS, f.table) : { zh: '', en: '' };
  const key = 'key' in f ? f.key : '';
  switch (f.kind) {
    case 'changed':
      return render(JOURNAL_MESSAGES.changed, {
        table,
        key,
        field: label(FIELD_LABELS, f.field),
        logged: shown(f.logged),
        found: shown(f.found),
      });
    case 'added':
    case 'removed':
    case 'tableGone':
    case 'notJournaled':
      return render(JOURNAL_MESSAGES[f.kind], { table, key });
    case 'unsealed':
    case 'forged':
      return render(JOURNAL_MESSAGES[f.kind], { table, key, seq: f.seq });
    case 'headMissing':
    case 'headForged':
      return JOURNAL_MESSAGES[f.kind];
    case 'behindHead': {
      const last = f.head.auditLast;
      return render(JOURNAL_MESSAGES.behindHead, {
        auditSeq: f.head.auditSeq,
        journalSeq: f.head.journalSeq,
        foundAudit: f.found.auditSeq,
        foundJournal: f.found.journalSeq,
        last: last
          ? render(JOURNAL_MESSAGES.lastRow, {
              entity: label(ENTITY_LABELS, last.entity),
              id: last.entityId,
              at: last.at,
            })
          : '',
      });
    }
  }
}

function dataView(report: JournalReport): AuditDataView {
  const findings = report.findings.map((f) => {
    const text = describeFinding(f);
    return { ...f, message_zh: text.zh, message_en: text.en } as AuditFindingView;
  });
  const first = findings[0];
  const text = report.ok
    ? render(report.sealsChecked ? JOURNAL_MESSAGES.dataIntact : JOURNAL_MESSAGES.dataIntactUnsealed, {
        tables: report.tables,
        rows: report.rowsCompared,
      })
    : render(JOURNAL_MESSAGES.dataBroken, {
        count: report.findingCount,
        first: { zh: first!.message_zh, en: first!.message_en },
      });
  return {
    checked: report.present,
    ok: report.ok,
    journalRows: report.journalRows,
    tables: report.tables,
    rowsCompared: report.rowsCompared,
    sealsChecked: report.sealsChecked,
    findingCount: report.findingCount,
    findings,
    message_zh: text.zh,
    message_en: text.en,
  };
}

/**
 * The audit chain walked from its first row, then the data compared with the log (journal-verify.ts),
 * with a message in both languages. Used by the 'audit.verify' method, the hosts at every start and
 * `hearing-desk audit verify`. ok only when both hold.
 */
export function auditChainReport(db: ReadDb, options: VerifyOptions = {}): AuditVerifyView {
  const data = dataView(verifyJournal(db, options));
  const chain = chainReport(db);
  if (!chain.ok) return { ...chain, data };
  if (data.ok) {
    if (!data.checked) return { ...chain, data };
    const both = render(JOURNAL_MESSAGES.chainAndData, {
      chain: { zh: chain.message_zh, en: chain.message_en },
      data: { zh: data.message_zh, en: data.message_en },
    });
    return { ...chain, data, message_zh: both.zh, message_en: both.en };
  }
  const text = render(JOURNAL_MESSAGES.chainIntactDataBroken, {
    data: { zh: data.message_zh, en: data.message_en },
  });
  return { ...chain, ok: false, data, message_zh: text.zh, message_en: text.en };
}

function chainReport(db: ReadDb): Omit<AuditVerifyView, 'data'> {
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
  /** the data compared with the log (absent only in views made before it existed) */
  data?: AuditDataView;
};

export type AuditFindingView = Finding & { message_zh: string; message_en: string };

export type AuditDataView = {
  /** false on a database without the row journal (before migration 013) */
  checked: boolean;
  ok: boolean;
  journalRows: number;
  tables: number;
  rowsCompared: number;
  sealsChecked: boolean;
  findingCount: number;
  /** the first 200 */
  findings: AuditFindingView[];
  message_zh: string;
  message_en: string;
};
