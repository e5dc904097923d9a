import { useState } from 'react';
import { addDays } from '../../../core/lib/money/dates';
import { writtenDate } from '../../../core/lib/money/input';
import { statedWording } from '../../../core/lib/rates/stated';
import type { ExcludedInterval, Obligation, Party, Payment } from '../../../core/features/cases/model';
import { api } from '../../app/api/client';
import { Amount } from '../../ui/Amount';
import { EntitySection, type Column } from '../../ui/EntitySection';
import { RecordForm } from '../../ui/RecordForm';
import { useCall } from '../../ui/useCall';
import { useQuery } from '../../ui/useQuery';
import { ComputationPanel } from '../ledger/ComputationPanel';
import { ImportHistory } from '../imports/ImportHistory';
import { ReconSection } from '../recon/ReconSection';
import { PetitionSection } from '../hearings/PetitionSection';
import { MeasuresSection } from '../measures/MeasuresSection';
import { TransferPanel } from '../transfer/TransferPanel';
import { useI18n } from '../../app/i18n';
import { daysInclusive } from '../../ui/lib/dates';
import { sumAmounts } from '../../ui/lib/money';
import { hrefFor, navigate } from '../../app/route';
import {
  caseInput,
  caseValues,
  CASE_FIELDS,
  EMPTY_OBLIGATION,
  EMPTY_PARTY,
  EMPTY_EXCLUDED,
  EMPTY_PAYMENT,
  excludedFields,
  EXCLUDED_FIELDS,
  inDelayBaseLabel,
  kindLabel,
  obligationFields,
  obligationValues,
  obligationFormFields,
  partyFields,
  partyValues,
  PARTY_FIELDS,
  paymentFields,
  paymentKindLabel,
  paymentValues,
  PAYMENT_FIELDS,
  roleLabel,
} from './forms';

/** One case: its details, parties, obligations, payments and excluded intervals, each editable in place. */
export function CasePage({ id }: { id: number }) {
  const { t } = useI18n();
  const query = useQuery('cases.get', { id }, { topic: 'case.changed', when: (p) => p.caseId === id });
  const removal = useCall();
  const [editingInfo, setEditingInfo] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const detail = query.data;
  const missing = query.error?.code === 'NOT_FOUND';
  const error = removal.errorText ?? query.errorText;
  const load = query.reload;

  const deleteCase = async () => {
    const result = await removal.run(() => api.call('cases.delete', { id }));
    if (result.ok) navigate({ name: 'cases' });
  };

  if (missing) {
    return (
      <div className="page" data-testid="case-page-missing">
        <p className="empty-state">{t('case.notFound')}</p>
        <a href={hrefFor({ name: 'cases' })}>{t('case.back')}</a>
      </div>
    );
  }
  if (detail === null) return <p className="page muted">{t('common.loading')}</p>;

  const partyColumns: Column<Party>[] = [
    { key: 'role', header: 'field.role', render: (p) => t(roleLabel(p.role)) },
    { key: 'name', header: 'field.name', render: (p) => <strong>{p.name}</strong> },
    { key: 'idNumber', header: 'field.idNumber', render: (p) => <span className="mono">{p.idNumber}</span> },
    { key: 'phone', header: 'field.phone', render: (p) => <span className="mono">{p.phone}</span> },
    { key: 'representative', header: 'field.representative', render: (p) => p.representative },
  ];

  const obligationColumns: Column<Obligation>[] = [
    { key: 'code', header: 'field.code', render: (o) => <span className="mono">{o.code}</span> },
    { key: 'kind', header: 'field.kind', render: (o) => t(kindLabel(o.kind)) },
    { key: 'label', header: 'field.label', render: (o) => o.label },
    {
      key: 'due',
      header: 'obligations.col.date',
      render: (o) =>
        o.due
          ? writtenDate(o.due)
          : o.from
            ? t('obligations.fromStated', { day: writtenDate(addDays(o.from, 1)) })
            : '',
    },
    {
      key: 'rate',
      header: 'obligations.col.rate',
      render: (o) =>
        o.schedule ? <span data-testid={`obligation-rate-${o.code}`}>{statedWording(o.schedule)}</span> : '',
    },
    {
      key: 'inDelayBase',
      header: 'obligations.col.inDelayBase',
      render: (o) => {
        const key = inDelayBaseLabel(o);
        return key ? t(key) : '';
      },
    },
    { key: 'amount', header: 'field.amount', numeric: true, render: (o) => <Amount value={o.amount} /> },
  ];

  const paymentColumns: Column<Payment>[] = [
    { key: 'code', header: 'field.code', render: (p) => <span className="mono">{p.code}</span> },
    { key: 'date', header: 'field.date', render: (p) => writtenDate(p.date) },
    {
      key: 'kind',
      header: 'field.paymentKind',
      render: (p) => {
        const key = paymentKindLabel(p.kind);
        return key ? t(key) : p.kind;
      },
    },
    { key: 'note', header: 'field.note', render: (p) => p.note },
    { key: 'amount', header: 'field.amount', numeric: true, render: (p) => <Amount value={p.amount} /> },
  ];

  const excludedColumns: Column<ExcludedInterval>[] = [
    { key: 'from', header: 'excluded.from', render: (e) => writtenDate(e.from) },
    { key: 'to', header: 'excluded.to', render: (e) => writtenDate(e.to) },
    { key: 'reason', header: 'excluded.reason', render: (e) => e.reason },
    {
      key: 'days',
      header: 'excluded.days',
      numeric: true,
      render: (e) => {
        const n = daysInclusive(e.from, e.to);
        return n === null ? '' : t('excluded.daysValue', { n });
      },
    },
  ];

  const totalRow = (cols: number, total: string, testId: string) => (
    <tr>
      <th scope="row" colSpan={cols - 1}>
        {t('common.total')}
      </th>
      <td className="num">
        <Amount value={total} testId={testId} />
      </td>
      <td />
    </tr>
  );

  return (
    <div className="page" data-testid="case-page" data-case-id={detail.id}>
      <nav className="crumbs">
        <a href={hrefFor({ name: 'cases' })} data-testid="back-to-list">
          ← {t('case.back')}
        </a>
      </nav>
      <div className="page__title">
        <div>
          <h1 data-testid="case-number">{detail.caseNumber}</h1>
          {detail.title && <p className="subtitle">{detail.title}</p>}
        </div>
        <div className="toolbar">
          <a className="btn" href={hrefFor({ name: 'settlement', caseId: id })} data-testid="case-settlement">
            {t('settlement.link')}
          </a>
          <button
            type="button"
            className="btn"
            data-testid="edit-case"
            onClick={() => setEditingInfo(true)}
            disabled={editingInfo}
          >
            {t('case.editInfo')}
          </button>
          {confirmDelete ? (
            <>
              <button
                type="button"
                className="btn btn--danger"
                data-testid="confirm-delete-case"
                autoFocus
                onClick={() => void deleteCase()}
              >
                {t('common.confirmDelete')}
              </button>
              <button type="button" className="btn" onClick={() => setConfirmDelete(false)}>
                {t('common.cancel')}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="btn"
              data-testid="delete-case"
              onClick={() => setConfirmDelete(true)}
            >
              {t('case.delete')}
            </button>
          )}
        </div>
      </div>

      {error && (
        <div className="form-error" role="alert">
          {error}
        </div>
      )}

      {editingInfo ? (
        <section className="panel">
          <RecordForm
            testId="case-edit-form"
            title="case.infoTitle"
            fields={CASE_FIELDS}
            initial={caseValues(detail)}
            onSubmit={(v) => api.call('cases.update', { id, ...caseInput(v) })}
            onSaved={() => {
              setEditingInfo(false);
              void load();
            }}
            onCancel={() => setEditingInfo(false)}
          />
        </section>
      ) : (
        <dl className="facts" data-testid="case-facts">
          <div>
            <dt>{t('case.court')}</dt>
            <dd>{detail.court || t('common.none')}</dd>
          </div>
          <div>
            <dt>{t('case.judge')}</dt>
            <dd>{detail.judge || t('common.none')}</dd>
          </div>
          <div>
            <dt>{t('case.clerk')}</dt>
            <dd>{detail.clerk || t('common.none')}</dd>
          </div>
          <div>
            <dt>{t('case.asOf')}</dt>
            <dd className="mono">{detail.asOf ?? t('common.none')}</dd>
          </div>
        </dl>
      )}

      <EntitySection<Party>
        testId="parties"
        title="parties.heading"
        addLabel="parties.add"
        rows={detail.parties}
        columns={partyColumns}
        fields={PARTY_FIELDS}
        emptyValues={EMPTY_PARTY}
        toValues={partyValues}
        create={(v) => api.call('parties.add', { caseId: id, ...partyFields(v) })}
        update={(row, v) => api.call('parties.update', { id: row.id, ...partyFields(v) })}
        remove={(row) => api.call('parties.delete', { id: row.id })}
        onChanged={() => void load()}
      />

      <EntitySection<Obligation>
        testId="obligations"
        title="obligations.heading"
        addLabel="obligations.add"
        rows={detail.obligations}
        columns={obligationColumns}
        fields={obligationFormFields(detail.obligations)}
        emptyValues={EMPTY_OBLIGATION}
        toValues={obligationValues}
        create={(v) => api.call('obligations.add', { caseId: id, ...obligationFields(v) })}
        update={(row, v) => api.call('obligations.update', { id: row.id, ...obligationFields(v) })}
        remove={(row) => api.call('obligations.delete', { id: row.id })}
        onChanged={() => void load()}
        footer={totalRow(
          obligationColumns.length,
          sumAmounts(detail.obligations.map((o) => o.amount)),
          'obligations-total',
        )}
      />

      <EntitySection<Payment>
        testId="payments"
        title="payments.heading"
        addLabel="payments.add"
        rows={detail.payments}
        columns={paymentColumns}
        fields={PAYMENT_FIELDS}
        emptyValues={EMPTY_PAYMENT}
        toValues={paymentValues}
        create={(v) => api.call('payments.add', { caseId: id, ...paymentFields(v) })}
        update={(row, v) => api.call('payments.edit', { id: row.id, ...paymentFields(v) })}
        remove={(row) => api.call('payments.delete', { id: row.id })}
        onChanged={() => void load()}
        footer={totalRow(
          paymentColumns.length,
          sumAmounts(detail.payments.map((p) => p.amount)),
          'payments-total',
        )}
        extra={
          <>
            <a className="btn" href={hrefFor({ name: 'import', caseId: id })} data-testid="payments-import">
              {t('import.link')}
            </a>
            <a
              className="btn"
              href={hrefFor({ name: 'doubleEntry', caseId: id })}
              data-testid="payments-double-entry"
            >
              {t('entrySets.link')}
            </a>
          </>
        }
      />
      <ImportHistory caseId={id} version={detail.updatedAt} />

      <EntitySection<ExcludedInterval>
        testId="excluded"
        title="excluded.heading"
        addLabel="excluded.add"
        intro={<p className="muted section-intro">{t('excluded.intro')}</p>}
        rows={detail.excluded}
        columns={excludedColumns}
        fields={EXCLUDED_FIELDS}
        emptyValues={EMPTY_EXCLUDED}
        create={(v) => api.call('excluded.add', { caseId: id, ...excludedFields(v) })}
        remove={(row) => api.call('excluded.delete', { id: row.id })}
        onChanged={() => void load()}
      />

      <MeasuresSection caseId={id} version={detail.updatedAt} />
      <TransferPanel caseId={id} version={detail.updatedAt} />

      <ReconSection caseId={id} />

      <PetitionSection caseId={id} />

      <ComputationPanel caseId={id} version={detail.updatedAt} />
    </div>
  );
}
