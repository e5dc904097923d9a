import { useEffect, useRef, useState } from 'react';
import { Amount } from '../../ui/Amount';
import { useI18n } from '../../app/i18n';
import { formatTimestamp } from '../../ui/lib/dates';
import { clearImportNotice, peekImportNotice } from './notice';
import { useQuery } from '../../ui/useQuery';
import './imports.css';

/**
 * Under the case's payments: the statements imported so far (file, when, who, rows) and, right after
 * an import, the one-time 「已导入 N 笔」. Shows nothing for a case without imports.
 */
export function ImportHistory({ caseId, version }: { caseId: number; version: string }) {
  const { t } = useI18n();
  const list = useQuery('imports.list', { caseId }, { version });
  const batches = list.data ?? [];
  const error = list.errorText;
  const [notice] = useState(() => peekImportNotice(caseId));
  const noticeRef = useRef<HTMLParagraphElement | null>(null);

  useEffect(() => {
    clearImportNotice(caseId);
    noticeRef.current?.focus();
  }, [caseId]);

  if (batches.length === 0 && !notice && !error) return null;

  return (
    <section
      className="panel panel--compact"
      data-testid="import-history"
      aria-labelledby="import-history-heading"
    >
      <header className="panel__header">
        <h2 id="import-history-heading">{t('import.history')}</h2>
      </header>
      {notice && (
        <p className="notice" role="status" tabIndex={-1} ref={noticeRef} data-testid="import-notice">
          {notice}
        </p>
      )}
      {error && (
        <div className="form-error" role="alert">
          {error}
        </div>
      )}
      {batches.length > 0 && (
        <table className="grid" data-testid="import-history-table">
          <thead>
            <tr>
              <th scope="col">{t('import.history.file')}</th>
              <th scope="col">{t('import.history.when')}</th>
              <th scope="col">{t('import.history.who')}</th>
              <th scope="col" className="num">
                {t('import.history.rows')}
              </th>
              <th scope="col" className="num">
                {t('import.history.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {batches.map((b) => (
              <tr key={b.id} data-testid="import-history-row" data-id={b.id}>
                <td>{b.fileName}</td>
                <td className="mono">{formatTimestamp(b.importedAt)}</td>
                <td>{b.importedBy}</td>
                <td className="num" data-col="rows">
                  {t('import.history.rowsValue', { n: b.importedCount, of: b.rowCount })}
                </td>
                <td className="num">
                  <Amount value={b.total} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
