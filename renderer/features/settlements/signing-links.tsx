import type { SettlementSummary } from '../../../core/features/settlements/model/views';
import { useI18n } from '../../app/i18n';
import { hrefFor } from '../../app/route';

/** On a saved, concluded settlement: the way to its signatures (签名), as on a closed session. */
export function SigningLinkFor({
  caseId,
  summary,
}: {
  caseId: number;
  summary: SettlementSummary | undefined;
}) {
  const { t } = useI18n();
  if (!summary || (summary.status !== 'concluded' && !summary.origin)) return null;
  return (
    <a
      className={`btn${summary.locked ? '' : ' btn--primary'}`}
      href={hrefFor({ name: 'settlementSigning', caseId, settlementId: summary.id })}
      data-testid="settlement-sign"
    >
      {t(summary.locked || summary.origin ? 'settlementWiring.signed' : 'settlementWiring.sign')}
    </a>
  );
}

/** In the list: signing under way, locked, or carried from the original court. */
export function SigningBadges({ summary }: { summary: SettlementSummary }) {
  const { t } = useI18n();
  return (
    <>
      {summary.locked ? (
        <span className="badge" data-testid={`settlement-locked-${summary.id}`}>
          {' '}
          {t('settlementWiring.badge.locked')}
        </span>
      ) : summary.signatures > 0 ? (
        <span className="badge" data-testid={`settlement-signing-${summary.id}`}>
          {' '}
          {t('settlementWiring.badge.signing', { n: summary.signatures })}
        </span>
      ) : null}
      {summary.origin && (
        <span className="badge" title={`${summary.origin.court} ${summary.origin.caseNumber}`}>
          {' '}
          {t('settlementWiring.badge.origin')}
        </span>
      )}
    </>
  );
}
