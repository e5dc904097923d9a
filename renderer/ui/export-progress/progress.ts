import type { ExportProgress } from '../../../core/platform/api/model';
import type { MessageKey } from '../../app/i18n';

/** What an export button says while its document is being made: a catalogue key and its values. */
export function progressMessage(progress: ExportProgress | null): {
  key: MessageKey;
  vars?: Record<string, number>;
} {
  if (!progress || progress.done === 0) return { key: 'exportWorker.preparing' };
  if (progress.total === null) return { key: 'exportWorker.page', vars: { done: progress.done } };
  if (progress.done < progress.total)
    return { key: 'exportWorker.pageOf', vars: { done: progress.done, total: progress.total } };
  return { key: 'exportWorker.signing', vars: { total: progress.total } };
}

/** Whether an event belongs to the export this window started: same method, same input fields. */
export function isOwnExport(
  progress: ExportProgress,
  method: string,
  input: Record<string, unknown>,
): boolean {
  return (
    progress.method === method && Object.entries(input).every(([key, value]) => progress.input[key] === value)
  );
}
