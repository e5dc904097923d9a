import { useEffect, useState } from 'react';
import type { DebtorGroup } from '../../../core/features/transfer/model';
import { api } from '../../app/api/client';
import { Amount } from '../../ui/Amount';
import { useI18n } from '../../app/i18n';
import { seedFromGroup, storeSeed } from '../settlements/distribution-seed';
import { hrefFor, navigate } from '../../app/route';
import { localToday } from '../measures/forms';
import './transfer.css';

/** 集中执行: cases held here against one debtor (same name and id number), with what each still owes. */
export function DebtorGroups() {
  const { t } = useI18n();
  const [groups, setGroups] = useState<DebtorGroup[]>([]);
  useEffect(() => {
    let live = true;
    void api.call('transfer.debtors', { asOf: localToday(), minCases: 2 }).then((r) => {
      if (live && r.ok) setGroups(r.value);
    });
    return () => {
      live = false;
    };
  }, []);
  if (groups.length === 0) return null;
  return (
    <section className="panel" data-testid="debtor-groups">
      <header className="panel__header">
        <h2>{t('transfer.debtors.heading')}</h2>
      </header>
      <p className="muted section-intro">{t('transfer.debtors.intro')}</p>
      {groups.map((g) => (
        <table
          key={`${g.debtorName}|${g.debtorIdNumber}`}
          className="grid grid--links"
          data-testid="debtor-group"
        >
          <caption>
            {g.debtorName} <span className="mono">{g.debtorIdNumber}</span>{' '}
            <button
              type="button"
              className="btn btn--small"
              data-testid="debtor-group-plan"
              onClick={() => {
                const seed = seedFromGroup(g);
                storeSeed(seed);
                navigate({ name: 'distribution', caseId: seed.caseId });
              }}
            >
              {t('transfer.debtors.plan')}
            </button>
          </caption>
          <thead>
            <tr>
              <th>{t('cases.col.caseNumber')}</th>
              <th>{t('transfer.debtors.original')}</th>
              <th>{t('transfer.debtors.applicants')}</th>
              <th className="num">{t('transfer.debtors.unrealised')}</th>
            </tr>
          </thead>
          <tbody>
            {g.cases.map((c) => (
              <tr key={c.caseId}>
                <td>
                  <a href={hrefFor({ name: 'case', id: c.caseId })}>{c.caseNumber}</a>
                </td>
                <td>
                  {c.originalCaseNumber
                    ? `${c.originalCourt ?? ''} ${c.originalCaseNumber}`
                    : t('common.none')}
                </td>
                <td>{c.applicants.join(t('punct.list'))}</td>
                <td className="num">
                  {c.unrealised === null ? t('common.none') : <Amount value={c.unrealised} />}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {t('common.total')}
                {g.incomplete ? t('transfer.debtors.incomplete') : ''}
              </th>
              <td className="num">
                <Amount value={g.totalUnrealised} testId="debtor-total" />
              </td>
            </tr>
          </tfoot>
        </table>
      ))}
    </section>
  );
}
