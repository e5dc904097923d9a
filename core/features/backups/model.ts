import type { AuditVerifyView } from '../../platform/db/audit-report';
export type { AuditVerifyView };
/** Result types of the reliability methods: backups, restore, recovery mode, audit verify. */

export { RESTORE_WORD } from './vocabulary';

/** audit.banner / audit.acknowledge: the broken chain or data found at start, until acknowledged. */
export type AuditBannerView = {
  show: boolean;
  /** the check's own message (empty when nothing was found) */
  message_zh: string;
  message_en: string;
  /** the first findings, for the banner's details */
  findings: { message_zh: string; message_en: string }[];
  findingCount: number;
  /** the last acknowledgement, if any */
  acknowledged: { name: string; at: string; actor: string } | null;
};

export type BackupKindName = 'auto' | 'manual' | 'pre-restore';

/** One backup as the restore screen shows it. No paths: the host resolves the name in its own folder. */
export type BackupListItem = {
  name: string;
  size: number;
  /** when it was taken (ISO 8601 UTC) */
  at: string;
  kind: BackupKindName;
  /** cases it holds; null when the file cannot be read */
  cases: number | null;
  /** its schema version; null when unreadable */
  schemaVersion: number | null;
  /** readable and not from a newer program (the full integrity check runs at restore) */
  usable: boolean;
};

export type BackupStatusView = {
  /** recovery: the database was refused at start; only the backup methods answer */
  mode: 'normal' | 'recovery';
  problem: { code: string; message_zh: string; message_en: string } | null;
  /** the schema version this program knows */
  latestVersion: number;
};

export type BackupRestoreView = {
  restored: string;
  /** when the restored backup was taken */
  at: string;
  cases: number;
  /** the copy of the database taken just before the restore (normal mode) */
  safetyBackup: string | null;
  /** recovery mode: where the refused database was moved, relative to the data folder */
  refusedCopy: string | null;
  audit: AuditVerifyView;
};

/** backup.list: the rotating copies in <data>/backups, newest first. */
