import { useRef, useState } from 'react';
import type { EntrySetView } from '../../../core/features/entry-sets/model';
import { api } from '../../app/api/client';
import { Amount } from '../../ui/Amount';
import { EntitySection, type Column } from '../../ui/EntitySection';
import { useI18n } from '../../app/i18n';
import { fileToBase64 } from '../imports/imports';
import { EMPTY_LINE, LINE_FIELDS, lineInput } from './lines';
import { kindText } from './lines';
import { useCall } from '../../ui/useCall';

type Line = EntrySetView['payments'][number];

/** One clerk's list: its lines, add / delete, and filling it from a statement file. */
export function SetColumn({
  side,
  set,
  name,
  onChanged,
}: {
  side: 'a' | 'b';
  set: EntrySetView;
  name: string;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const call = useCall();
  const [unreadable, setUnreadable] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement | null>(null);
  const error = unreadable ? t('import.readFailed') : call.errorText;

  const importFile = async (file: File) => {
    setNotice(null);
    let base64: string;
    try {
      base64 = await fileToBase64(file);
    } catch {
      setUnreadable(true);
      return;
    }
    setUnreadable(false);
    const before = set.payments.length;
    const r = await call.run(() =>
      api.call('entrySets.import', { setId: set.id, fileName: file.name, base64 }),
    );
    if (r.ok) {
      setNotice(t('entrySets.imported', { n: r.value.payments.length - before, file: file.name }));
      onChanged();
    }
  };

  const columns: Column<Line>[] = [
    { key: 'date', header: 'field.date', render: (l) => <span className="mono">{l.date}</span> },
    { key: 'amount', header: 'field.amount', numeric: true, render: (l) => <Amount value={l.amount} /> },
    { key: 'kind', header: 'field.paymentKind', render: (l) => kindText(t, l.kind) },
    { key: 'payer', header: 'entrySets.payer', render: (l) => l.payer },
    { key: 'note', header: 'field.note', render: (l) => l.note },
  ];

  return (
    <div className="entry-column">
      <EntitySection<Line>
        testId={`set-${side}`}
        title={side === 'a' ? 'entrySets.listA' : 'entrySets.listB'}
        addLabel="entrySets.addLine"
        rows={set.payments}
        columns={columns}
        fields={LINE_FIELDS}
        emptyValues={EMPTY_LINE}
        create={(v) => api.call('entrySets.addPayment', { setId: set.id, ...lineInput(v) })}
        remove={(row) => api.call('entrySets.deletePayment', { id: row.id })}
        onChanged={onChanged}
        extra={
          <>
            <button
              type="button"
              className="btn"
              data-testid={`set-${side}-import`}
              onClick={() => fileInput.current?.click()}
            >
              {t('entrySets.importFile')}
            </button>
            <input
              ref={fileInput}
              type="file"
              hidden
              accept=".csv,.xlsx"
              data-testid={`set-${side}-import-file`}
              onChange={(e) => {
                const f = e.target.files?.[0];
                e.target.value = '';
                if (f) void importFile(f);
              }}
            />
          </>
        }
        intro={
          <>
            <p className="entry-column__who" data-testid={`set-${side}-who`}>
              {t('entrySets.by', { name, id: set.id })}
            </p>
            {notice && (
              <p className="notice" role="status">
                {notice}
              </p>
            )}
            {error && (
              <div className="form-error" role="alert" data-testid={`set-${side}-error`}>
                {error}
              </div>
            )}
          </>
        }
        footer={
          <tr>
            <th scope="row">{t('common.total')}</th>
            <td className="num">
              <Amount value={set.total} testId={`set-${side}-total`} />
            </td>
            <td colSpan={4} />
          </tr>
        }
      />
    </div>
  );
}
