import { useState } from 'react';
import { api } from '../../app/api/client';
import { useI18n } from '../../app/i18n';
import { ExportProgressNote, useExportProgress } from '../../ui/export-progress/ExportProgress';
import { downloadPdf } from '../signatures/pdf';
import { RevealChoice } from './RevealChoice';
import './documents.css';

/** The signed 迟延履行利息计算说明 of a case as a PDF, identity and phone numbers masked unless chosen. */
export function StatementExport({ caseId, onError }: { caseId: number; onError: (message: string) => void }) {
  const { t, locale } = useI18n();
  const [reveal, setReveal] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  // A 1,000-payment statement is some 388 pages: laid out off the main thread, page by page.
  const exporting = useExportProgress('documents.statement', { caseId });

  const exportStatement = async () => {
    setBusy(true);
    setDone(null);
    const r = await exporting.track(() => api.call('documents.statement', { caseId, reveal }));
    setBusy(false);
    if (!r.ok) {
      onError(locale === 'en' ? r.error.message_en : r.error.message_zh);
      return;
    }
    downloadPdf(r.value.fileName, r.value.base64);
    setDone(
      t(reveal ? 'reliability.exportedShown' : 'reliability.exportedMasked', { file: r.value.fileName }),
    );
    // The choice holds for one document only.
    setReveal(false);
  };

  return (
    <span className="statement-export">
      <button
        type="button"
        className="btn"
        data-testid="statement-export"
        disabled={busy}
        onClick={() => void exportStatement()}
      >
        {t('reliability.exportStatement')}
      </button>
      <ExportProgressNote
        progress={exporting.progress}
        running={exporting.running}
        testId="statement-export-progress"
      />
      <RevealChoice checked={reveal} onChange={setReveal} testId="statement-reveal" />
      {done && (
        <span className="muted" role="status" data-testid="statement-exported">
          {done}
        </span>
      )}
    </span>
  );
}
