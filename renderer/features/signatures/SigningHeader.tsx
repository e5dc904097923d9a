import { useState } from 'react';
import type { DocumentExport } from '../../../core/features/documents/model';
import type { Envelope } from '../../../core/platform/api/model';
import type { ExportProgress } from '../../../core/platform/api/model';
import { useI18n } from '../../app/i18n';
import { ExportProgressNote } from '../../ui/export-progress/ExportProgress';
import { RevealChoice } from '../documents/RevealChoice';
import { downloadPdf } from './pdf';
import '../recon/recon.css';

/** What the notice under the header says about the last export. */
export type ExportedPdf = { fileName: string; pages: number; shown: boolean };

/** A long export's progress (useExportProgress): the button then says which page it is laying out. */
type Tracked = {
  progress: ExportProgress | null;
  running: boolean;
  track: <T>(call: () => Promise<T>) => Promise<T>;
};

/**
 * The top of every signing page (对账笔录, 听证笔录, 执行和解协议): the way back, the case number and
 * title, the export button with its per-document privacy choice, the page's error and the last export.
 * The RecordSigning board goes below it. Test ids are `<testId>-back`, `-export`, `-reveal`, `-error`,
 * `-exported` (and `progressTestId`). `error`/`onError` are the page's own message, shared with its loads.
 */
export function SigningHeader({
  testId,
  backHref,
  backLabel,
  caseNumber,
  title,
  subtitle,
  exportLabel,
  primary = true,
  run,
  exporting,
  progressTestId = `${testId}-progress`,
  exportedText,
  error,
  onError,
}: {
  testId: string;
  backHref: string;
  backLabel: string;
  caseNumber: string;
  title: string;
  subtitle: string;
  exportLabel: string;
  /** The export button is the page's main action (false: a plain button). */
  primary?: boolean;
  /** Makes the PDF; `reveal`: identity and phone numbers in full in this one document. */
  run: (reveal: boolean) => Promise<Envelope<DocumentExport>>;
  exporting?: Tracked;
  progressTestId?: string;
  exportedText: (done: ExportedPdf) => string;
  error: string | null;
  onError: (message: string | null) => void;
}) {
  const { locale } = useI18n();
  const [busy, setBusy] = useState(false);
  // The choice holds for the next exported document only.
  const [reveal, setReveal] = useState(false);
  const [exported, setExported] = useState<ExportedPdf | null>(null);

  const exportPdf = async () => {
    setBusy(true);
    onError(null);
    const shown = reveal;
    const r = await (exporting ? exporting.track(() => run(shown)) : run(shown));
    setReveal(false);
    setBusy(false);
    if (!r.ok) {
      onError(locale === 'en' ? r.error.message_en : r.error.message_zh);
      return;
    }
    downloadPdf(r.value.fileName, r.value.base64);
    setExported({ fileName: r.value.fileName, pages: r.value.pages, shown });
  };

  return (
    <>
      <nav className="crumbs">
        <a href={backHref} data-testid={`${testId}-back`}>
          ← {backLabel}
        </a>
      </nav>
      <div className="page__title">
        <div>
          <h1>
            {caseNumber} <span className="recon__title">{title}</span>
          </h1>
          <p className="subtitle">{subtitle}</p>
        </div>
        <div className="toolbar">
          <button
            type="button"
            className={primary ? 'btn btn--primary' : 'btn'}
            data-testid={`${testId}-export`}
            disabled={busy}
            onClick={() => void exportPdf()}
          >
            {exportLabel}
          </button>
          <RevealChoice checked={reveal} onChange={setReveal} testId={`${testId}-reveal`} />
          {exporting && (
            <ExportProgressNote
              progress={exporting.progress}
              running={exporting.running}
              testId={progressTestId}
            />
          )}
        </div>
      </div>
      {error && (
        <div className="form-error" role="alert" data-testid={`${testId}-error`}>
          {error}
        </div>
      )}
      {exported && (
        <p className="notice" role="status" data-testid={`${testId}-exported`}>
          {exportedText(exported)}
        </p>
      )}
    </>
  );
}
