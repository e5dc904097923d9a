import { z } from 'zod';
import { read, host, write } from '../../platform/api/method';
import { optionalText, requiredText } from '../../platform/api/schemas';
import type {
  AuditBannerView,
  AuditVerifyView,
  BackupListItem,
  BackupRestoreView,
  BackupStatusView,
} from './model';

/** This feature's methods in the one contract (core/platform/api/contract.ts): name -> kind, zod input, result type. */
export const backupsContract = {
  // Reliability: the audit chain walked end to end; the rotating backups for a restore screen.
  'audit.verify': read<AuditVerifyView>()(z.strictObject({})),
  // What every page's banner shows: the check made at start (cached), until a named person acknowledges it.
  'audit.banner': read<AuditBannerView>()(z.strictObject({})),
  'audit.acknowledge': write<AuditBannerView>()(
    z.strictObject({ name: requiredText(50), note: optionalText(500) }),
  ),
  'backup.list': host<BackupListItem[]>()(z.strictObject({})),
  // Reliability: manual backup, restore with a safety copy first, recovery mode at start.
  // Run by the host layer (core/platform/api/services.ts + core/features/backups/store.ts), which owns the database handle.
  'backup.create': host<BackupListItem>()(z.strictObject({})),
  'backup.restore': host<BackupRestoreView>()(
    z.strictObject({ name: requiredText(120), confirm: requiredText(20) }),
  ),
  'backup.status': host<BackupStatusView>()(z.strictObject({})),
} as const;
