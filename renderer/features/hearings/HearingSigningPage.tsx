import { useCallback } from 'react';
import { api } from '../../app/api/client';
import { useI18n } from '../../app/i18n';
import { hrefFor } from '../../app/route';
import { useExportProgress } from '../../ui/export-progress/ExportProgress';
import { RecordSigning } from '../signatures/RecordSigning';
import { SigningHeader } from '../signatures/SigningHeader';
import { useSignedRecord } from '../signatures/useSignedRecord';
import { SIGNER_GROUP } from '../../../core/features/hearings/model';
import { GROUP_KEYS } from './hearing';
import './hearings.css';

/**
 * 听证笔录签名 (#/case/<id>/hearing/<hearingId>/sign): every attendee signs the finished hearing's minutes
 * in court order (or, on the participant side, refuses with a reason); the last one locks the hearing and
 * it becomes 已签名. Then the final 听证笔录 is exported, signatures on every page, identity and phone
 * numbers masked unless shown for that one document.
 */
export function HearingSigningPage({ caseId, hearingId }: { caseId: number; hearingId: number }) {
  const { t } = useI18n();
  const {
    record: hearing,
    error,
    setError,
    reload,
    refresh,
  } = useSignedRecord(
    useCallback(() => api.call('hearings.get', { hearingId }), [hearingId]),
    useCallback(
      (changed: () => void) =>
        api.subscribe('case.changed', (p) => {
          if (p.caseId === caseId) changed();
        }),
      [caseId],
    ),
  );

  // A long 听证笔录 is laid out off the main thread, page by page.
  const exporting = useExportProgress('hearings.minutes', { hearingId });

  if (!hearing) return <p className="page muted">{error ?? t('common.loading')}</p>;
  const signed = hearing.state === 'SIGNED';

  return (
    <div className="page pet-sign" data-testid="hearing-signing" data-state={hearing.state}>
      <SigningHeader
        testId="hearing-signing"
        backHref={hrefFor({ name: 'hearing', caseId, hearingId })}
        backLabel={t('hearingWiring.back')}
        caseNumber={hearing.caseNumber}
        title={t('hearingWiring.title')}
        subtitle={t('hearingWiring.order')}
        exportLabel={t(signed ? 'hearingWiring.export' : 'hearingWiring.exportDraft')}
        run={(reveal) => api.call('hearings.minutes', { hearingId, final: signed, reveal })}
        exporting={exporting}
        exportedText={(e) =>
          t(e.shown ? 'hearingWiring.exportedShown' : 'hearingWiring.exportedMasked', {
            file: e.fileName,
            n: e.pages,
          })
        }
        error={error}
        onError={setError}
      />
      <RecordSigning
        kind="hearing"
        id={hearingId}
        reload={reload}
        lockedText={t('hearingWiring.locked')}
        groupLabel={(role) =>
          role in SIGNER_GROUP ? t(GROUP_KEYS[SIGNER_GROUP[role as keyof typeof SIGNER_GROUP]]) : null
        }
        notOpenText={t('hearingWiring.notOpen')}
        onChange={(v) => {
          if (v.complete && !signed) void refresh();
        }}
      />
    </div>
  );
}

/** On the hearing page once it is finished: the way to the signatures and the final minutes. */
export function HearingSigningLink({
  caseId,
  hearingId,
  signed,
}: {
  caseId: number;
  hearingId: number;
  signed: boolean;
}) {
  const { t } = useI18n();
  return (
    <a
      className="btn btn--primary"
      href={hrefFor({ name: 'hearingSigning', caseId, hearingId })}
      data-testid="hearing-sign"
    >
      {t(signed ? 'hearingWiring.openSigned' : 'hearingWiring.open')}
    </a>
  );
}
