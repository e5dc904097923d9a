import { z } from 'zod';
import { read, host } from '../../platform/api/method';
import { requiredText } from '../../platform/api/schemas';
import type { AuditVerifyView, BackupListItem, BackupRestoreView, BackupStatusView } from './model';

/** This feature's methods in the one contract (core/platform/api/contract.ts): name -> kind, zod input, result type. */
export const backupsContract = {
  // Reliability: the audit chain walked end to end; the rotating backups for a restore screen.
  'audit.verify': read<AuditVerifyView>()(z.strictObject({})),
  'backup.list': host<BackupListItem[]>()(z.strictObject({})),
  // Reliability: manual backup, restore with a safety copy first, recovery mode at start.
  // Run by the host layer (core/platform/api/services.ts + core/features/backups/store.ts), which owns the database handle.
  'backup.create': host<BackupListItem>()(z.strictObject({})),
  'backup.restore': host<BackupRestoreView>()(
    z.strictObject({ name: requiredText(120), confirm: requiredText(20) }),
  ),
  'backup.status': host<BackupStatusView>()(z.strictObject({})),
} as const;
