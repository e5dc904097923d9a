import { useCallback, useState } from 'react';
import { api } from '../../app/api/client';
import { useI18n } from '../../app/i18n';
import { hrefFor } from '../../app/route';
import './signatures.css';
import { useExportProgress } from '../../ui/export-progress/ExportProgress';
import { RecordSigning } from './RecordSigning';
import { SigningHeader } from './SigningHeader';
import { useSignedRecord } from './useSignedRecord';

/**
 * 签名 (#/case/<id>/recon/<sessionId>/sign): the signers of the minutes in court order — parties and
 * agents, then the judges, then the clerk. The one whose turn it is signs on the pad (or, a party,
 * refuses with a reason); when the last one is done the session is locked. Then the 对账笔录 is exported.
 */
export function SigningPage({ caseId, sessionId }: { caseId: number; sessionId: number }) {
  const { t } = useI18n();
  const [complete, setComplete] = useState(false);
  const {
    record: session,
    error,
    setError,
    reload,
  } = useSignedRecord(
    useCallback(() => api.call('recon.get', { sessionId }), [sessionId]),
    useCallback(
      (changed: () => void) =>
        api.subscribe('recon.changed', (p) => {
          if (p.sessionId === sessionId) changed();
        }),
      [sessionId],
    ),
  );
  // A long 对账笔录 is laid out off the main thread, page by page.
  const exporting = useExportProgress('documents.reconMinutes', { sessionId });

  if (!session) return <p className="page muted">{error ?? t('common.loading')}</p>;

  return (
    <div className="page" data-testid="recon-signing">
      <SigningHeader
        testId="signing"
        backHref={hrefFor({ name: 'recon', caseId, sessionId })}
        backLabel={t('signing.back')}
        caseNumber={session.caseNumber}
        title={t('signing.title')}
        subtitle={t('signing.order')}
        exportLabel={t(complete ? 'signing.export' : 'signing.exportDraft')}
        primary={false}
        run={(reveal) => api.call('documents.reconMinutes', { sessionId, reveal })}
        exporting={exporting}
        progressTestId="signing-export-progress"
        exportedText={(e) => t('signing.exported', { file: e.fileName, n: e.pages })}
        error={error}
        onError={setError}
      />
      <RecordSigning
        kind="recon"
        id={sessionId}
        reload={reload}
        lockedText={t('signing.locked')}
        notOpenText={t('signing.notOpen')}
        onChange={(v) => setComplete(v.complete)}
      />
    </div>
  );
}

/** On the session page once it is closed: the way to the signatures. */
export function SigningLink({
  caseId,
  sessionId,
  signed,
}: {
  caseId: number;
  sessionId: number;
  signed: boolean;
}) {
  const { t } = useI18n();
  return (
    <p className="signing__link">
      <a
        className="btn btn--primary"
        href={hrefFor({ name: 'signing', caseId, sessionId })}
        data-testid="recon-sign"
      >
        {t(signed ? 'signing.open.signed' : 'signing.open')}
      </a>
    </p>
  );
}
