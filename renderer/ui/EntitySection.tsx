import { useState, type ReactNode } from 'react';
import type { Envelope } from '../../core/platform/api/model';
import { useI18n } from '../app/i18n';
import type { MessageKey } from '../app/i18n';
import { RecordForm, type FieldDef, type Values } from './RecordForm';

/**
 * A titled table of records with add / edit (in place) / delete (two-step) — used for each case table.
 * Without `update` (a record the API cannot change, e.g. an excluded interval) rows have no edit button.
 */

export type Column<T> = { key: string; header: MessageKey; render: (row: T) => ReactNode; numeric?: boolean };

type Props<T extends { id: number }> = {
  testId: string;
  title: MessageKey;
  addLabel: MessageKey;
  rows: readonly T[];
  columns: readonly Column<T>[];
  fields: readonly FieldDef[];
  emptyValues: Values;
  toValues?: (row: T) => Values;
  create: (values: Values) => Promise<Envelope<unknown>>;
  update?: (row: T, values: Values) => Promise<Envelope<unknown>>;
  remove: (row: T) => Promise<Envelope<unknown>>;
  onChanged: () => void;
  footer?: ReactNode;
  /** a note under the heading (what the table is for) */
  intro?: ReactNode;
  /** more toolbar items in the heading, before the add button (links to related screens) */
  extra?: ReactNode;
};

export function EntitySection<T extends { id: number }>(p: Props<T>) {
  const { t, locale } = useI18n();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<number | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const span = p.columns.length + 1;
  const { update, toValues } = p;
  const editable = update !== undefined && toValues !== undefined;

  const remove = async (row: T) => {
    const result = await p.remove(row);
    setConfirming(null);
    if (result.ok) {
      setError(null);
      p.onChanged();
    } else {
      setError(locale === 'en' ? result.error.message_en : result.error.message_zh);
    }
  };

  return (
    <section className="panel" data-testid={`${p.testId}-section`} aria-labelledby={`${p.testId}-heading`}>
      <header className="panel__header">
        <h2 id={`${p.testId}-heading`}>{t(p.title)}</h2>
        <div className="toolbar">
          {p.extra}
          <button
            type="button"
            className="btn"
            data-testid={`${p.testId}-add`}
            onClick={() => {
              setEditing(null);
              setAdding(true);
            }}
            disabled={adding}
          >
            {t(p.addLabel)}
          </button>
        </div>
      </header>
      {p.intro}
      {error && (
        <div className="form-error" role="alert" data-testid={`${p.testId}-error`}>
          {error}
        </div>
      )}
      <table className="grid" data-testid={`${p.testId}-table`}>
        <thead>
          <tr>
            {p.columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                {t(c.header)}
              </th>
            ))}
            <th scope="col" className="actions">
              {t('common.actions')}
            </th>
          </tr>
        </thead>
        <tbody>
          {p.rows.length === 0 && !adding && (
            <tr>
              <td colSpan={span} className="empty">
                {t('common.empty')}
              </td>
            </tr>
          )}
          {p.rows.map((row) =>
            editable && editing === row.id ? (
              <tr key={row.id} className="editing">
                <td colSpan={span}>
                  <RecordForm
                    testId={`${p.testId}-edit-form`}
                    fields={p.fields}
                    initial={toValues(row)}
                    onSubmit={(v) => update(row, v)}
                    onSaved={() => {
                      setEditing(null);
                      p.onChanged();
                    }}
                    onCancel={() => setEditing(null)}
                  />
                </td>
              </tr>
            ) : (
              <tr key={row.id} data-testid={`${p.testId}-row`} data-id={row.id}>
                {p.columns.map((c) => (
                  <td key={c.key} className={c.numeric ? 'num' : undefined} data-col={c.key}>
                    {c.render(row)}
                  </td>
                ))}
                <td className="actions">
                  {editable && (
                    <button
                      type="button"
                      className="btn btn--small"
                      data-testid={`${p.testId}-edit`}
                      onClick={() => {
                        setAdding(false);
                        setConfirming(null);
                        setEditing(row.id);
                      }}
                    >
                      {t('common.edit')}
                    </button>
                  )}
                  {confirming === row.id ? (
                    <>
                      <button
                        type="button"
                        className="btn btn--small btn--danger"
                        data-testid={`${p.testId}-confirm-delete`}
                        autoFocus
                        onClick={() => void remove(row)}
                        onKeyDown={(e) => e.key === 'Escape' && setConfirming(null)}
                      >
                        {t('common.confirmDelete')}
                      </button>
                      <button type="button" className="btn btn--small" onClick={() => setConfirming(null)}>
                        {t('common.cancel')}
                      </button>
                    </>
                  ) : (
                    <button
                      type="button"
                      className="btn btn--small"
                      data-testid={`${p.testId}-delete`}
                      onClick={() => setConfirming(row.id)}
                    >
                      {t('common.delete')}
                    </button>
                  )}
                </td>
              </tr>
            ),
          )}
        </tbody>
        {p.footer && p.rows.length > 0 && <tfoot>{p.footer}</tfoot>}
      </table>
      {adding && (
        <RecordForm
          testId={`${p.testId}-form`}
          title={p.addLabel}
          fields={p.fields}
          initial={p.emptyValues}
          onSubmit={p.create}
          onSaved={() => {
            setAdding(false);
            p.onChanged();
          }}
          onCancel={() => setAdding(false)}
        />
      )}
    </section>
  );
}
