import { useCallback, useEffect, useState } from 'react';
import type { HearingView } from '../../../core/api/types-hearing';
import { api } from '../../api/client';
import { useI18n } from '../../i18n';
import { hrefFor } from '../../lib/route';
import { RevealChoice } from '../privacy/RevealChoice';
import { RecordSigning } from '../signing/RecordSigning';
import { downloadPdf } from '../signing/pdf';
import '../../styles/petition.css';

/**
 * 听证笔录签名 (#/case/<id>/hearing/<hearingId>/sign): every attendee signs the finished hearing's minutes
 * in court order (or, on the participant side, refuses with a reason); the last one locks the hearing and
 * it becomes 已签名. Then the final 听证笔录 is exported, signatures on every page, identity and phone
 * numbers masked unless shown for that one document.
 */
export function HearingSigningPage({ caseId, hearingId }: { caseId: number; hearingId: number }) {
  const { t, locale } = useI18n();
  const [hearing, setHearing] = useState<HearingView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const [reveal, setReveal] = useState(false);
  const [busy, setBusy] = useState(false);
  const [exported, setExported] = useState<{ fileName: string; pages: number; shown: boolean } | null>(null);

  const load = useCallback(async () => {
    const r = await api.call('hearings.get', { hearingId });
    if (r.ok) setHearing(r.value);
    else setError(locale === 'en' ? r.error.message_en : r.error.message_zh);
  }, [hearingId, locale]);

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(
    () =>
      api.subscribe('case.changed', (p) => {
        if (p.caseId !== caseId) return;
        void load();
        setReload((n) => n + 1);
      }),
    [caseId, load],
  );

  const exportMinutes = async () => {
    if (!hearing) return;
    setBusy(true);
    setError(null);
    const final = hearing.state === 'SIGNED';
    const r = await api.call('hearings.minutes', { hearingId, final, reveal });
    setBusy(false);
    if (!r.ok) {
      setError(locale === 'en' ? r.error.message_en : r.error.message_zh);
      return;
    }
    downloadPdf(r.value.fileName, r.value.base64);
    setExported({ fileName: r.value.fileName, pages: r.value.pages, shown: reveal });
    // The choice holds for one document only.
    setReveal(false);
  };

  if (!hearing) return <p className="page muted">{error ?? t('common.loading')}</p>;
  const signed = hearing.state === 'SIGNED';

  return (
    <div className="page pet-sign" data-testid="hearing-signing" data-state={hearing.state}>
      <nav className="crumbs">
        <a href={hrefFor({ name: 'hearing', caseId, hearingId })} data-testid="hearing-signing-back">
          ← {t('hearingWiring.back')}
        </a>
      </nav>
      <div className="page__title">
        <div>
          <h1>
            {hearing.caseNumber} <span className="recon__title">{t('hearingWiring.title')}</span>
          </h1>
          <p className="subtitle">{t('hearingWiring.order')}</p>
        </div>
        <div className="toolbar">
          <button
            type="button"
            className="btn btn--primary"
            data-testid="hearing-signing-export"
            disabled={busy}
            onClick={() => void exportMinutes()}
          >
            {t(signed ? 'hearingWiring.export' : 'hearingWiring.exportDraft')}
          </button>
          <RevealChoice checked={reveal} onChange={setReveal} testId="hearing-signing-reveal" />
        </div>
      </div>
      {error && (
        <div className="form-error" role="alert" data-testid="hearing-signing-error">
          {error}
        </div>
      )}
      {exported && (
        <p className="notice" role="status" data-testid="hearing-signing-exported">
          {t(exported.shown ? 'hearingWiring.exportedShown' : 'hearingWiring.exportedMasked', {
            file: exported.fileName,
            n: exported.pages,
          })}
        </p>
      )}
      <RecordSigning
        kind="hearing"
        id={hearingId}
        reload={reload}
        lockedText={t('hearingWiring.locked')}
        notOpenText={t('hearingWiring.notOpen')}
        onChange={(v) => {
          if (v.complete && hearing.state !== 'SIGNED') void load();
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
