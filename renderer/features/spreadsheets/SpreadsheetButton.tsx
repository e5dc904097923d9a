import { useState } from 'react';
import { api } from '../../app/api/client';
import { useI18n } from '../../app/i18n';
import { downloadBase64 } from '../../ui/lib/download';
import type { InputOf } from '../../../core/platform/api/contract';

type Method =
  'spreadsheets.ledger' | 'spreadsheets.schedule' | 'spreadsheets.distribution' | 'spreadsheets.measures';

const LABELS = {
  'spreadsheets.ledger': 'spreadsheet.ledger',
  'spreadsheets.schedule': 'spreadsheet.schedule',
  'spreadsheets.distribution': 'spreadsheet.distribution',
  'spreadsheets.measures': 'spreadsheet.measures',
} as const;

/** One button: the workbook the API writes, offered as a download (an unsigned working copy for the clerk). */
export function SpreadsheetButton<M extends Method>({
  method,
  input,
  onError,
}: {
  method: M;
  input: InputOf<M>;
  onError: (message: string) => void;
}) {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setDone(null);
    const r = await api.call(method, input);
    setBusy(false);
    if (!r.ok) {
      onError(locale === 'en' ? r.error.message_en : r.error.message_zh);
      return;
    }
    downloadBase64(r.value.fileName, r.value.base64, r.value.mime);
    setDone(t('spreadsheet.saved', { file: r.value.fileName }));
  };
  return (
    <span className="spreadsheet-export">
      <button
        type="button"
        className="btn"
        data-testid={`xlsx-${method.slice('spreadsheets.'.length)}`}
        disabled={busy}
        onClick={() => void run()}
      >
        {t(LABELS[method])}
      </button>
      {done && (
        <span
          className="muted"
          role="status"
          data-testid={`xlsx-${method.slice('spreadsheets.'.length)}-done`}
        >
          {done}
        </span>
      )}
    </span>
  );
}
