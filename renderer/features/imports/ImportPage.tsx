import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ErrorInfo } from '../../../core/platform/api/model';
import type { ImportPreviewView } from '../../../core/features/imports/model';
import { api } from '../../app/api/client';
import { Amount } from '../../ui/Amount';
import { useI18n } from '../../app/i18n';
import type { MessageKey } from '../../app/i18n';
import { formatTimestamp } from '../../ui/lib/dates';
import {
  fileToBase64,
  MAPPING_FIELDS,
  rowsToSend,
  selectionSummary,
  withColumn,
  type ColumnMapping,
  blocked,
  initialSelection,
} from './imports';
import { formatAmount } from '../../ui/lib/money';
import { hrefFor, navigate } from '../../app/route';
import { paymentKindLabel } from '../cases/forms';
import { setImportNotice } from './notice';
import { useQuery } from '../../ui/useQuery';
import { layoutNames } from '../../../core/features/imports/messages';
import './imports.css';

/**
 * 导入银行流水: choose a CSV/XLSX file, check the column mapping and every row, then confirm.
 * Nothing is saved before 「确认导入」; the server parses the file again on confirm.
 */

type Chosen = { fileName: string; base64: string };

const FIELD_LABEL: Record<(typeof MAPPING_FIELDS)[number], MessageKey> = {
  date: 'import.field.date',
  amount: 'import.field.amount',
  payer: 'import.field.payer',
  kind: 'import.field.kind',
  note: 'import.field.note',
};

export function ImportPage({ caseId }: { caseId: number }) {
  const { t, locale } = useI18n();
  const kase = useQuery('cases.get', { id: caseId });
  const caseNumber = kase.data?.caseNumber ?? null;
  const [file, setFile] = useState<Chosen | null>(null);
  const [preview, setPreview] = useState<ImportPreviewView | null>(null);
  /** the mapping in the selects; may differ from preview.mapping while a re-preview failed */
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [sheet, setSheet] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [previewError, setError] = useState<string | null>(null);
  const error = previewError ?? kase.errorText;
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement | null>(null);
  const request = useRef(0);

  const message = (e: ErrorInfo) => (locale === 'en' ? e.message_en : e.message_zh);

  useEffect(() => {
    fileInput.current?.focus();
  }, []);

  const runPreview = async (chosen: Chosen, nextMapping: ColumnMapping | null, nextSheet: string | null) => {
    const mine = ++request.current;
    setBusy(true);
    const result = await api.call('imports.preview', {
      caseId,
      fileName: chosen.fileName,
      base64: chosen.base64,
      ...(nextMapping ? { mapping: nextMapping } : {}),
      ...(nextSheet !== null ? { sheet: nextSheet } : {}),
    });
    if (mine !== request.current) return;
    setBusy(false);
    if (result.ok) {
      const p = result.value;
      setPreview(p);
      setMapping(p.mapping);
      setSheet(p.sheet);
      setStale(false);
      setError(null);
      // every row is chosen at first: a bad row blocks the import until it is fixed or left out
      setSelected(initialSelection(p.rows));
    } else {
      setStale(true);
      setError(message(result.error));
    }
  };

  const choose = async (f: File) => {
    setPreview(null);
    setMapping(null);
    setSheet(null);
    setError(null);
    let base64: string;
    try {
      base64 = await fileToBase64(f);
    } catch {
      setError(t('import.readFailed'));
      return;
    }
    const chosen = { fileName: f.name, base64 };
    setFile(chosen);
    await runPreview(chosen, null, null);
  };

  const changeMapping = (field: (typeof MAPPING_FIELDS)[number], value: string) => {
    if (!file || !mapping) return;
    const next = withColumn(mapping, field, value);
    setMapping(next);
    void runPreview(file, next, sheet);
  };

  const changeSheet = (value: string) => {
    if (!file) return;
    setSheet(value);
    // another sheet has other columns: let the server propose the mapping again
    void runPreview(file, null, value);
  };

  const rows = preview && !stale ? preview.rows : [];
  const summary = selectionSummary(rows, selected);
  const canConfirm =
    file !== null &&
    preview !== null &&
    !stale &&
    !busy &&
    summary.selected > 0 &&
    summary.selectedWithErrors.length === 0;

  const toggle = (row: number) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(row)) next.delete(row);
      else next.add(row);
      return next;
    });

  const confirm = async () => {
    if (!canConfirm || !file || !preview) return;
    setBusy(true);
    const chosenRows = rowsToSend(rows, selected);
    const result = await api.call('imports.confirm', {
      caseId,
      fileName: file.fileName,
      base64: file.base64,
      mapping: preview.mapping,
      ...(preview.sheet !== null ? { sheet: preview.sheet } : {}),
      ...(chosenRows ? { rows: chosenRows } : {}),
    });
    setBusy(false);
    if (result.ok) {
      setImportNotice(caseId, t('import.done', { n: result.value.imported, file: file.fileName }));
      navigate({ name: 'case', id: caseId });
    } else {
      setError(message(result.error));
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !e.defaultPrevented) {
      e.preventDefault();
      navigate({ name: 'case', id: caseId });
    }
  };

  const allChosen = rows.length > 0 && rows.every((r) => selected.has(r.row));

  return (
    <div className="page import-page" data-testid="import-page" onKeyDown={onKeyDown}>
      <nav className="crumbs">
        <a href={hrefFor({ name: 'case', id: caseId })} data-testid="import-back">
          ← {caseNumber ?? t('import.backToCase')}
        </a>
      </nav>
      <div className="page__title">
        <div>
          <h1>{t('import.title')}</h1>
          <p className="subtitle">{t('import.subtitle')}</p>
        </div>
      </div>

      <section className="panel" aria-labelledby="import-file-heading">
        <header className="panel__header">
          <h2 id="import-file-heading">{t('import.fileHeading')}</h2>
        </header>
        <div className="import-file">
          <label htmlFor="import-file-input">{t('import.chooseFile')}</label>
          <input
            id="import-file-input"
            ref={fileInput}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid="import-file"
            onChange={(e) => {
              const f = e.target.files?.[0];
              // cleared, so that choosing the same file again (corrected on disk) reads it again
              e.target.value = '';
              if (f) void choose(f);
            }}
          />
          {file && (
            <span className="muted" data-testid="import-file-name">
              {file.fileName}
            </span>
          )}
        </div>
        <p className="muted section-intro">{t('import.fileHint')}</p>
        {preview && (
          <p className="muted" data-testid="import-format">
            {t('import.format', {
              format: preview.format.toUpperCase(),
              encoding: preview.encoding ?? '—',
              header: preview.headerRow,
            })}
            {preview.layout && (
              <span data-testid="import-layout" data-layout={preview.layout}>
                {' '}
                {t('import.layout', {
                  name: locale === 'en' ? layoutNames[preview.layout].en : layoutNames[preview.layout].zh,
                })}
              </span>
            )}
          </p>
        )}
        {error && (
          <div className="form-error" role="alert" data-testid="import-error">
            {error}
          </div>
        )}
        {preview && preview.previousImports.length > 0 && (
          <div className="warning" role="alert" data-testid="import-previous">
            <strong>{t('import.previous')}</strong>
            <ul>
              {preview.previousImports.map((b) => (
                <li key={b.id}>
                  {t('import.previousItem', {
                    when: formatTimestamp(b.importedAt),
                    who: b.importedBy,
                    n: b.importedCount,
                    total: formatAmount(b.total),
                  })}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      {preview && mapping && (
        <section className="panel" aria-labelledby="import-mapping-heading" data-testid="import-mapping">
          <header className="panel__header">
            <h2 id="import-mapping-heading">{t('import.mappingHeading')}</h2>
          </header>
          <p className="muted section-intro">{t('import.mappingHint')}</p>
          <div className="import-mapping">
            {preview.sheets.length > 0 && (
              <div className="field">
                <label htmlFor="import-sheet">{t('import.sheet')}</label>
                <select
                  id="import-sheet"
                  data-testid="import-sheet"
                  value={sheet ?? ''}
                  disabled={busy}
                  onChange={(e) => changeSheet(e.target.value)}
                >
                  {preview.sheets.map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </select>
              </div>
            )}
            {MAPPING_FIELDS.map((field) => (
              <div className="field" key={field}>
                <label htmlFor={`import-map-${field}`}>
                  {t(FIELD_LABEL[field])}
                  {(field === 'date' || field === 'amount') && (
                    <span className="field__required" aria-hidden="true">
                      {' '}
                      *
                    </span>
                  )}
                </label>
                <select
                  id={`import-map-${field}`}
                  data-testid={`import-map-${field}`}
                  value={mapping[field] ?? ''}
                  onChange={(e) => changeMapping(field, e.target.value)}
                >
                  <option value="">{t('import.unmapped')}</option>
                  {preview.columns.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
        </section>
      )}

      {preview && !stale && (
        <section className="panel" aria-labelledby="import-rows-heading" data-testid="import-preview">
          <header className="panel__header">
            <h2 id="import-rows-heading">{t('import.rowsHeading')}</h2>
            <div className="toolbar">
              <button
                type="button"
                className="btn btn--small"
                data-testid="import-select-good"
                onClick={() => setSelected(new Set(rows.filter((r) => !blocked(r)).map((r) => r.row)))}
              >
                {t('import.selectGood')}
              </button>
            </div>
          </header>
          <dl className="import-summary" data-testid="import-summary">
            <div>
              <dt>{t('import.summary.rows')}</dt>
              <dd data-testid="import-summary-rows">{summary.rows}</dd>
            </div>
            <div>
              <dt>{t('import.summary.valid')}</dt>
              <dd data-testid="import-summary-valid">{summary.valid}</dd>
            </div>
            <div className={summary.invalid > 0 ? 'import-summary--bad' : undefined}>
              <dt>{t('import.summary.invalid')}</dt>
              <dd data-testid="import-summary-invalid">{summary.invalid}</dd>
            </div>
            {summary.skipped > 0 && (
              <div>
                <dt>{t('import.summary.skipped')}</dt>
                <dd data-testid="import-summary-skipped">{summary.skipped}</dd>
              </div>
            )}
            <div>
              <dt>{t('import.summary.selected')}</dt>
              <dd data-testid="import-summary-selected">{summary.selected}</dd>
            </div>
            <div>
              <dt>{t('import.summary.total')}</dt>
              <dd className="num">
                <Amount value={summary.total} testId="import-summary-total" />
              </dd>
            </div>
          </dl>
          <div className="table-wrap">
            <table className="grid import-rows" data-testid="import-rows">
              <thead>
                <tr>
                  <th scope="col" className="import-rows__check">
                    <input
                      type="checkbox"
                      aria-label={t('import.selectAll')}
                      data-testid="import-select-all"
                      checked={allChosen}
                      onChange={() => setSelected(allChosen ? new Set() : new Set(rows.map((r) => r.row)))}
                    />
                  </th>
                  <th scope="col" className="num">
                    {t('import.col.row')}
                  </th>
                  <th scope="col">{t('import.field.date')}</th>
                  <th scope="col" className="num">
                    {t('import.field.amount')}
                  </th>
                  <th scope="col">{t('import.field.payer')}</th>
                  <th scope="col">{t('import.field.kind')}</th>
                  <th scope="col">{t('import.field.note')}</th>
                  <th scope="col">{t('import.col.errors')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => {
                  const p = r.payment;
                  const bad = r.errors.length > 0;
                  const skipped = r.skipped !== undefined;
                  const kindKey = p ? paymentKindLabel(p.kind) : null;
                  return (
                    <tr
                      key={r.row}
                      className={`${bad ? 'import-row--bad' : ''}${selected.has(r.row) ? '' : ' import-row--off'}`}
                      data-testid="import-row"
                      data-row={r.row}
                      data-bad={bad ? 'true' : 'false'}
                      data-skipped={skipped ? 'true' : 'false'}
                    >
                      <td className="import-rows__check">
                        <input
                          type="checkbox"
                          aria-label={t('import.selectRow', { row: r.row })}
                          data-testid="import-row-check"
                          checked={selected.has(r.row)}
                          onChange={() => toggle(r.row)}
                        />
                      </td>
                      <td className="num mono" data-col="row">
                        {r.row}
                      </td>
                      <td className="mono" data-col="date">
                        {p ? (
                          p.date
                        ) : (
                          <span className="muted">{cell(r.values, preview.columns, mapping?.date)}</span>
                        )}
                      </td>
                      <td className="num" data-col="amount">
                        {p ? (
                          <Amount value={p.amount} />
                        ) : (
                          <span className="muted">{cell(r.values, preview.columns, mapping?.amount)}</span>
                        )}
                      </td>
                      <td data-col="payer">
                        {p ? p.payer : cell(r.values, preview.columns, mapping?.payer)}
                      </td>
                      <td data-col="kind">
                        {p ? (kindKey ? t(kindKey) : p.kind) : cell(r.values, preview.columns, mapping?.kind)}
                      </td>
                      <td data-col="note">{p ? p.note : cell(r.values, preview.columns, mapping?.note)}</td>
                      <td data-col="errors" data-testid="import-row-errors">
                        {r.errors.map((e, i) => (
                          <div key={i} className="row-error">
                            {locale === 'en' ? e.en : e.zh}
                          </div>
                        ))}
                        {r.skipped && (
                          <div
                            className="row-skipped"
                            data-testid="import-row-skipped"
                            data-paired={r.pairedWith}
                          >
                            {locale === 'en' ? r.skipped.en : r.skipped.zh}
                          </div>
                        )}
                        {r.notices?.map((n, i) => (
                          <div key={`n${i}`} className="row-notice" data-testid="import-row-notice">
                            {locale === 'en' ? n.en : n.zh}
                          </div>
                        ))}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <div className="import-actions">
        <button
          type="button"
          className="btn btn--primary"
          data-testid="import-confirm"
          disabled={!canConfirm}
          onClick={() => void confirm()}
        >
          {busy ? t('import.working') : t('import.confirm')}
        </button>
        <a className="btn" href={hrefFor({ name: 'case', id: caseId })} data-testid="import-cancel">
          {t('common.cancel')}
        </a>
        <span className="hint" data-testid="import-blocked" role="status">
          {!preview || stale
            ? t('import.hint.noFile')
            : summary.selectedWithErrors.length > 0
              ? t('import.hint.blocked', { rows: summary.selectedWithErrors.join(t('punct.list')) })
              : summary.selected === 0
                ? t('import.hint.noneSelected')
                : t('import.hint.ready', { n: summary.selected, total: formatAmount(summary.total) })}
        </span>
      </div>
    </div>
  );
}

/** The raw text of a mapped cell (shown greyed when the row could not be read). */
function cell(
  values: readonly string[],
  columns: readonly string[],
  column: string | null | undefined,
): string {
  if (!column) return '';
  const i = columns.indexOf(column);
  return i < 0 ? '' : (values[i] ?? '');
}
