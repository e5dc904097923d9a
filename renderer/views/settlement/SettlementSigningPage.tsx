import { useCallback, useEffect, useState } from 'react';
import type { SigningView } from '../../../core/api/types-signing';
import type { SettlementView } from '../../../core/api/types-settlement';
import { api } from '../../api/client';
import { useI18n } from '../../i18n';
import { hrefFor } from '../../lib/route';
import { RecordSigning } from '../signing/RecordSigning';
import { ExportProgressNote, useExportProgress } from '../export-worker/ExportProgress';
import { RevealChoice } from '../privacy/RevealChoice';
import { downloadPdf } from '../signing/pdf';

/**
 * 执行和解协议签名 (#/case/<id>/settlement/<settlementId>/sign): the same board as the minutes — the
 * parties, the guarantor and third-party payers, then the judges, then the clerk — for a settlement saved
 * as 已签订. When the last one is done the agreement is locked; its PDF carries every signature.
 */
export function SettlementSigningPage({ caseId, settlementId }: { caseId: number; settlementId: number }) {
  const { t, locale } = useI18n();
  const [settlement, setSettlement] = useState<SettlementView | null>(null);
  const [caseNumber, setCaseNumber] = useState('');
  const [complete, setComplete] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [exported, setExported] = useState<{ fileName: string; pages: number } | null>(null);
  const message = useCallback(
    (e: { message_zh: string; message_en: string }) => (locale === 'en' ? e.message_en : e.message_zh),
    [locale],
  );

  useEffect(() => {
    void (async () => {
      const [s, c] = await Promise.all([
        api.call('settlements.get', { id: settlementId }),
        api.call('cases.get', { id: caseId }),
      ]);
      if (s.ok) setSettlement(s.value);
      else setError(message(s.error));
      if (c.ok) setCaseNumber(c.value.caseNumber);
    })();
  }, [caseId, settlementId, message]);

  const [reveal, setReveal] = useState(false);
  const exporting = useExportProgress('documents.agreement', { settlementId });

  const exportPdf = async () => {
    setBusy(true);
    setError(null);
    const r = await exporting.track(() => api.call('documents.agreement', { settlementId, reveal }));
    setReveal(false); // the choice holds for one document only
    setBusy(false);
    if (!r.ok) return setError(message(r.error));
    downloadPdf(r.value.fileName, r.value.base64);
    setExported({ fileName: r.value.fileName, pages: r.value.pages });
  };

  if (!settlement) return <p className="page muted">{error ?? t('common.loading')}</p>;
  return (
    <div className="page settlement-signing" data-testid="settlement-signing" data-complete={complete}>
      <nav className="crumbs">
        <a href={hrefFor({ name: 'settlement', caseId })} data-testid="settlement-signing-back">
          ← {t('settlementWiring.back')}
        </a>
      </nav>
      <div className="page__title">
        <div>
          <h1>
            {caseNumber} <span className="recon__title">{t('settlementWiring.title')}</span>
          </h1>
          <p className="subtitle">{settlement.title}</p>
        </div>
        <div className="toolbar">
          <button
            type="button"
            className="btn btn--primary"
            data-testid="settlement-signing-export"
            disabled={busy}
            onClick={() => void exportPdf()}
          >
            {t(complete ? 'settlementWiring.export' : 'settlementWiring.exportDraft')}
          </button>
          <RevealChoice checked={reveal} onChange={setReveal} testId="settlement-signing-reveal" />
          <ExportProgressNote
            progress={exporting.progress}
            running={exporting.running}
            testId="settlement-signing-progress"
          />
        </div>
      </div>
      {error && (
        <div className="form-error" role="alert" data-testid="settlement-signing-error">
          {error}
        </div>
      )}
      {exported && (
        <p className="notice" role="status" data-testid="settlement-signing-exported">
          {t('settlement.exported', { file: exported.fileName, n: exported.pages })}
        </p>
      )}
      <RecordSigning
        kind="settlement"
        id={settlementId}
        lockedText={t('settlementWiring.locked')}
        notOpenText={
          settlement.origin
            ? t('settlementWiring.imported', settlement.origin)
            : t('settlementWiring.notOpen')
        }
        onChange={(v: SigningView) => setComplete(v.complete)}
      />
    </div>
  );
}
