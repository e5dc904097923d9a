import { useCallback, useRef, useState } from 'react';
import type { MethodName } from '../../../core/platform/api/contract';
import type { ExportProgress } from '../../../core/platform/api/model';
import { api } from '../../app/api/client';
import { useI18n } from '../../app/i18n';
import { isOwnExport, progressMessage } from './progress';
import './export-progress.css';

/** How long an export waits for the progress channel to open before it starts anyway. */
const OPEN_WAIT_MS = 1_000;

/**
 * Progress of a long export (core/platform/api/export-job.ts): `track` listens to 'export.progress' for the
 * duration of one call, so the button can say 「正在生成… 第 x / y 页」 while the host lays the document
 * out in a worker thread. The window stays usable meanwhile: nothing here blocks.
 */
export function useExportProgress(method: MethodName, input: Record<string, unknown>) {
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [running, setRunning] = useState(false);
  const key = useRef({ method, input });
  key.current = { method, input };

  const track = useCallback(async <T,>(call: () => Promise<T>): Promise<T> => {
    setProgress(null);
    setRunning(true);
    let off: () => void = () => {};
    // Listen first (the SSE channel takes a moment to open), but never wait long for it.
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, OPEN_WAIT_MS);
      off = api.subscribe(
        'export.progress',
        (p) => {
          if (isOwnExport(p, key.current.method, key.current.input)) setProgress(p);
        },
        () => {
          clearTimeout(timer);
          resolve();
        },
      );
    });
    try {
      return await call();
    } finally {
      off();
      setRunning(false);
      setProgress(null);
    }
  }, []);

  return { progress, running, track };
}

/** 「正在生成… 第 x / y 页」 beside the export button while it runs. */
export function ExportProgressNote({
  progress,
  running,
  testId,
}: {
  progress: ExportProgress | null;
  running: boolean;
  testId: string;
}) {
  const { t } = useI18n();
  if (!running) return null;
  const m = progressMessage(progress);
  return (
    <span
      className="export-progress muted"
      role="status"
      aria-live="polite"
      data-testid={testId}
      data-done={progress?.done ?? 0}
      data-total={progress?.total ?? ''}
    >
      <span className="export-progress__spinner" aria-hidden="true" />
      {t(m.key, m.vars)}
    </span>
  );
}
