import { useCallback, useState } from 'react';
import type { Envelope } from '../../../core/platform/api/model';
import type { SettlementView } from '../../../core/features/settlements/model/views';
import { api } from '../../app/api/client';
import { useI18n } from '../../app/i18n';
import { hrefFor } from '../../app/route';
import { useExportProgress } from '../../ui/export-progress/ExportProgress';
import { RecordSigning } from '../signatures/RecordSigning';
import { SigningHeader } from '../signatures/SigningHeader';
import { useSignedRecord } from '../signatures/useSignedRecord';

/**
 * 执行和解协议签名 (#/case/<id>/settlement/<settlementId>/sign): the same board as the minutes — the
 * parties, the guarantor and third-party payers, then the judges, then the clerk — for a settlement saved
 * as 已签订. When the last one is done the agreement is locked; its PDF carries every signature.
 */
export function SettlementSigningPage({ caseId, settlementId }: { caseId: number; settlementId: number }) {
  const { t } = useI18n();
  const [complete, setComplete] = useState(false);
  const { record, error, setError } = useSignedRecord(
    useCallback(async (): Promise<Envelope<{ settlement: SettlementView; caseNumber: string }>> => {
      const [s, c] = await Promise.all([
        api.call('settlements.get', { id: settlementId }),
        api.call('cases.get', { id: caseId }),
      ]);
      if (!s.ok) return s;
      return { ok: true, value: { settlement: s.value, caseNumber: c.ok ? c.value.caseNumber : '' } };
    }, [caseId, settlementId]),
  );
  const exporting = useExportProgress('documents.agreement', { settlementId });

  if (!record) return <p className="page muted">{error ?? t('common.loading')}</p>;
  const { settlement, caseNumber } = record;
  return (
    <div className="page settlement-signing" data-testid="settlement-signing" data-complete={complete}>
      <SigningHeader
        testId="settlement-signing"
        backHref={hrefFor({ name: 'settlement', caseId })}
        backLabel={t('settlementWiring.back')}
        caseNumber={caseNumber}
        title={t('settlementWiring.title')}
        subtitle={settlement.title}
        exportLabel={t(complete ? 'settlementWiring.export' : 'settlementWiring.exportDraft')}
        run={(reveal) => api.call('documents.agreement', { settlementId, reveal })}
        exporting={exporting}
        exportedText={(e) => t('settlement.exported', { file: e.fileName, n: e.pages })}
        error={error}
        onError={setError}
      />
      <RecordSigning
        kind="settlement"
        id={settlementId}
        lockedText={t('settlementWiring.locked')}
        notOpenText={
          settlement.origin
            ? t('settlementWiring.imported', settlement.origin)
            : t('settlementWiring.notOpen')
        }
        onChange={(v) => setComplete(v.complete)}
      />
    </div>
  );
}
