import { useEffect, useState } from 'react';
import type { BackupStatusView } from '../../../core/features/backups/model';
import { api } from '../../app/api/client';

export type RecoveryState = {
  /** true until the host has answered backup.status */
  pending: boolean;
  /** set in recovery mode: why the database was refused */
  problem: BackupStatusView['problem'];
  /** after a restore the app leaves recovery mode and shows the case list */
  restored: () => void;
};

/** Asks the host once at start whether it runs in recovery mode. */
export function useRecoveryStatus(): RecoveryState {
  const [pending, setPending] = useState(true);
  const [problem, setProblem] = useState<BackupStatusView['problem']>(null);
  useEffect(() => {
    let live = true;
    void api.call('backup.status', {}).then((res) => {
      if (!live) return;
      // An unreachable host is reported by the views themselves; do not block them here.
      setProblem(res.ok && res.value.mode === 'recovery' ? res.value.problem : null);
      setPending(false);
    });
    return () => {
      live = false;
    };
  }, []);
  return { pending, problem, restored: () => setProblem(null) };
}
