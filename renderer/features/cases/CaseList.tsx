import { useState } from 'react';
import { api } from '../../app/api/client';
import { RecordForm } from '../../ui/RecordForm';
import { useCall } from '../../ui/useCall';
import { useQuery } from '../../ui/useQuery';
import { useI18n } from '../../app/i18n';
import { hrefFor, navigate } from '../../app/route';
import { caseInput, CASE_FIELDS, EMPTY_CASE } from './forms';
import { DebtorGroups } from '../transfer/DebtorGroups';
import { TransferImport } from '../transfer/TransferImport';
import './cases.css';

/** The case list: search by case number or party name, create a case, open the sample case. */
export function CaseList() {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const list = useQuery('cases.list', { query }, { topic: 'case.changed', keep: true });
  const sample = useCall();
  const cases = list.data;
  const [creating, setCreating] = useState(false);
  const error = sample.errorText ?? list.errorText;

  const openSample = async () => {
    const result = await sample.run(() => api.call('cases.createSample', {}));
    if (result.ok) navigate({ name: 'case', id: result.value.id });
  };

  return (
    <div className="page" data-testid="case-list">
      <div className="page__title">
        <h1>{t('cases.heading')}</h1>
        <div className="toolbar">
          <button
            type="button"
            className="btn btn--primary"
            data-testid="new-case"
            onClick={() => setCreating(true)}
            disabled={creating}
          >
            {t('cases.new')}
          </button>
          <button type="button" className="btn" data-testid="open-sample" onClick={() => void openSample()}>
            {t('cases.openSample')}
          </button>
        </div>
      </div>

      {creating && (
        <section className="panel">
          <RecordForm
            testId="case-form"
            title="cases.formTitle"
            fields={CASE_FIELDS}
            initial={EMPTY_CASE}
            onSubmit={(v) => api.call('cases.create', caseInput(v))}
            onSaved={(value) => {
              setCreating(false);
              navigate({ name: 'case', id: (value as { id: number }).id });
            }}
            onCancel={() => setCreating(false)}
          />
        </section>
      )}

      <div className="search">
        <label htmlFor="case-search">{t('cases.search')}</label>
        <input
          id="case-search"
          data-testid="case-search"
          type="search"
          value={query}
          placeholder={t('cases.searchPlaceholder')}
          onChange={(e) => setQuery(e.target.value)}
          autoComplete="off"
        />
        {cases && <span className="muted">{t('cases.count', { n: cases.length })}</span>}
      </div>

      {error && (
        <div className="form-error" role="alert" data-testid="case-list-error">
          {error}
        </div>
      )}

      {cases === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : cases.length === 0 ? (
        <p className="empty-state" data-testid="case-list-empty">
          {t('cases.none')}
        </p>
      ) : (
        <table className="grid grid--links" data-testid="case-table">
          <thead>
            <tr>
              <th scope="col">{t('cases.col.caseNumber')}</th>
              <th scope="col">{t('cases.col.title')}</th>
              <th scope="col">{t('cases.col.parties')}</th>
              <th scope="col">{t('cases.col.court')}</th>
              <th scope="col">{t('cases.col.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {cases.map((c) => (
              <tr key={c.id} data-testid="case-row" data-id={c.id}>
                <td>
                  <a href={hrefFor({ name: 'case', id: c.id })} data-testid="case-link">
                    {c.caseNumber}
                  </a>
                </td>
                <td>{c.title}</td>
                <td>{c.partyNames.join(t('punct.list'))}</td>
                <td>{c.court}</td>
                <td className="muted">{c.updatedAt.slice(0, 10)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <TransferImport />
      <DebtorGroups />
    </div>
  );
}
