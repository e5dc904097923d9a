import { useState } from 'react';
import type { RatesView } from '../../../core/features/rates/model';
import { api } from '../../app/api/client';
import { RecordForm, type FieldDef, type Values } from '../../ui/RecordForm';
import { useCall } from '../../ui/useCall';
import { useQuery } from '../../ui/useQuery';
import { useI18n } from '../../app/i18n';
import type { MessageKey } from '../../app/i18n';
import { formatTimestamp } from '../../ui/lib/dates';
import { lastLprDate, lprDisplayRows } from './rates';
import './rates.css';

/**
 * The rate tables every computation uses: the PBOC benchmark table and the LPR table (shipped rows and
 * the fixings entered on this computer, marked with who entered them, when and from which source),
 * and a form to enter the next LPR fixing after the last row.
 */

const BANDS = ['upto6m', '6m1y', '1y3y', '3y5y', 'over5y'] as const;
const bandLabel = (b: (typeof BANDS)[number]): MessageKey => `band.${b}`;

const LPR_FIELDS: readonly FieldDef[] = [
  { name: 'from', label: 'rates.field.from', kind: 'date', required: true },
  {
    name: 'oneYear',
    label: 'rates.field.oneYear',
    kind: 'rate',
    required: true,
    placeholder: 'placeholder.percent',
  },
  {
    name: 'over5y',
    label: 'rates.field.over5y',
    kind: 'rate',
    required: true,
    placeholder: 'placeholder.percent',
  },
  {
    name: 'source',
    label: 'rates.field.source',
    kind: 'text',
    required: true,
    placeholder: 'placeholder.lprSource',
    wide: true,
  },
];

const EMPTY_LPR: Values = { from: '', oneYear: '', over5y: '', source: '' };

const lprInput = (v: Values) => ({
  from: (v.from ?? '').trim(),
  oneYear: (v.oneYear ?? '').trim(),
  over5y: (v.over5y ?? '').trim(),
  source: (v.source ?? '').trim(),
});

export function RatesPage() {
  const { t } = useI18n();
  const query = useQuery('rates.list', {});
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const { data: view, errorText: error, reload: load } = query;

  if (view === null)
    return (
      <div className="page" data-testid="rates-page-loading">
        {error ? (
          <div className="form-error" role="alert">
            {error}
          </div>
        ) : (
          <p className="muted">{t('common.loading')}</p>
        )}
      </div>
    );

  const lpr = lprDisplayRows(view);
  const last = lastLprDate(view) ?? '';

  return (
    <div className="page" data-testid="rates-page">
      <div className="page__title">
        <div>
          <h1>{t('rates.heading')}</h1>
          <p className="subtitle">{t('rates.intro')}</p>
        </div>
      </div>
      <p className="muted">
        <span data-testid="rates-version" data-value={view.version}>
          {t('rates.version', { version: view.version })}
        </span>
      </p>

      {error && (
        <div className="form-error" role="alert" data-testid="rates-error">
          {error}
        </div>
      )}

      <section className="panel" data-testid="lpr-section" aria-labelledby="lpr-heading">
        <header className="panel__header">
          <h2 id="lpr-heading">{t('rates.lpr.heading')}</h2>
          <button
            type="button"
            className="btn"
            data-testid="lpr-add"
            onClick={() => {
              setNotice(null);
              setAdding(true);
            }}
            disabled={adding}
          >
            {t('rates.addLpr')}
          </button>
        </header>
        <p className="muted section-intro rates-source" data-testid="lpr-source">
          {t('rates.source')}
          {view.sources.lpr}
        </p>
        {notice && (
          <p className="notice" role="status" data-testid="lpr-notice">
            {notice}
          </p>
        )}
        <div className="table-wrap">
          <table className="grid rates-table" data-testid="lpr-table">
            <thead>
              <tr>
                <th scope="col">{t('rates.col.from')}</th>
                <th scope="col" className="num">
                  {t('rates.col.oneYear')}
                </th>
                <th scope="col" className="num">
                  {t('rates.col.over5y')}
                </th>
                <th scope="col">{t('rates.col.note')}</th>
              </tr>
            </thead>
            <tbody>
              {lpr.map((row) => (
                <tr
                  key={row.from}
                  data-testid="lpr-row"
                  data-from={row.from}
                  data-user={row.addition ? 'true' : undefined}
                  className={row.addition ? 'rates-table__user' : undefined}
                >
                  <td className="mono" data-col="from">
                    {row.from}
                  </td>
                  <td className="num" data-col="oneYear">
                    {row.oneYear}
                  </td>
                  <td className="num" data-col="over5y">
                    {row.over5y}
                  </td>
                  <td data-col="note">
                    {row.addition ? (
                      <>
                        <span className="badge" data-testid="lpr-user-entered">
                          {t('rates.userEntered')}
                        </span>{' '}
                        {row.addition.source}
                        <span className="muted rates-table__who">
                          {t('rates.enteredBy', {
                            who: row.addition.enteredBy,
                            when: formatTimestamp(row.addition.enteredAt),
                          })}
                        </span>
                      </>
                    ) : (
                      <span className="muted">{t('rates.shipped')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {lpr.at(-1)?.addition && !adding && (
          <RemoveLastLpr
            addition={lpr.at(-1)!.addition!}
            onRemoved={(from) => {
              setNotice(t('rates.removed', { from }));
              void load();
            }}
          />
        )}
        {adding && (
          <>
            <p className="muted section-intro" data-testid="lpr-add-hint">
              {t('rates.addHint', { last })}
            </p>
            <RecordForm
              testId="lpr-form"
              title="rates.addLpr"
              fields={LPR_FIELDS}
              initial={EMPTY_LPR}
              onSubmit={(v) => api.call('rates.addLpr', lprInput(v))}
              onSaved={(value) => {
                const next = value as RatesView;
                query.set(next);
                setAdding(false);
                setNotice(t('rates.added', { from: next.lpr.at(-1)?.from ?? '' }));
              }}
              onCancel={() => setAdding(false)}
            />
          </>
        )}
      </section>

      <section className="panel" data-testid="benchmark-section" aria-labelledby="benchmark-heading">
        <header className="panel__header">
          <h2 id="benchmark-heading">{t('rates.benchmark.heading')}</h2>
          <span className="muted">{t('rates.rows', { n: view.benchmark.length })}</span>
        </header>
        <p className="muted section-intro rates-source" data-testid="benchmark-source">
          {t('rates.source')}
          {view.sources.benchmark}
        </p>
        <div className="table-wrap">
          <table className="grid rates-table" data-testid="benchmark-table">
            <thead>
              <tr>
                <th scope="col">{t('rates.col.from')}</th>
                {BANDS.map((b) => (
                  <th key={b} scope="col" className="num">
                    {t(bandLabel(b))}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.benchmark.map((row) => (
                <tr key={row.from} data-testid="benchmark-row" data-from={row.from}>
                  <td className="mono">{row.from}</td>
                  {BANDS.map((b) => (
                    <td key={b} className="num" data-col={b}>
                      {row[b]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}

/** A mistyped fixing would block every later one: the newest user row can be removed, with a reason. */
function RemoveLastLpr({
  addition,
  onRemoved,
}: {
  addition: { id: number; from: string };
  onRemoved: (from: string) => void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const removal = useCall();
  const error = removal.errorText;
  const remove = async () => {
    const result = await removal.run(() => api.call('rates.removeLpr', { id: addition.id, reason }));
    if (result.ok) {
      setOpen(false);
      setReason('');
      onRemoved(addition.from);
    }
  };
  if (!open)
    return (
      <button type="button" className="btn btn--small" data-testid="lpr-remove" onClick={() => setOpen(true)}>
        {t('rates.remove', { from: addition.from })}
      </button>
    );
  return (
    <form
      className="record-form"
      data-testid="lpr-remove-form"
      onSubmit={(e) => {
        e.preventDefault();
        void remove();
      }}
      onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
    >
      <label className="field field--wide">
        <span>{t('rates.removeReason')}</span>
        <input
          autoFocus
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          data-testid="lpr-remove-reason"
        />
        {error && (
          <span className="field__error" role="alert">
            {error}
          </span>
        )}
      </label>
      <div className="record-form__actions">
        <button type="submit" className="btn btn--danger" data-testid="lpr-remove-confirm">
          {t('rates.removeConfirm')}
        </button>
        <button type="button" className="btn" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
