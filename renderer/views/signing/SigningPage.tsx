import { useCallback, useEffect, useRef, useState } from 'react';
import type { Envelope, ErrorInfo, SessionView } from '../../../core/api/types';
import type { SignerView, SigningView } from '../../../core/api/types-signing';
import { api } from '../../api/client';
import { SignaturePad, type SignaturePadHandle } from '../../components/SignaturePad';
import { useI18n } from '../../i18n';
import { hrefFor } from '../../lib/route';
import '../../styles/signing.css';
import { ExportProgressNote, useExportProgress } from '../export-worker/ExportProgress';
import { downloadPdf } from './pdf';
import { RevealChoice } from '../privacy/RevealChoice';

/**
 * 签名 (#/case/<id>/recon/<sessionId>/sign): the signers of the minutes in court order — parties and
 * agents, then the judges, then the clerk. The one whose turn it is signs on the pad (or, a party,
 * refuses with a reason); when the last one is done the session is locked. Then the 对账笔录 is exported.
 */
export function SigningPage({ caseId, sessionId }: { caseId: number; sessionId: number }) {
  const { t, locale } = useI18n();
  const [session, setSession] = useState<SessionView | null>(null);
  const [signing, setSigning] = useState<SigningView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [empty, setEmpty] = useState(true);
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const [exported, setExported] = useState<{ fileName: string; pages: number } | null>(null);
  // Issue 8: identity and phone numbers in full in the next exported minutes only.
  const [reveal, setReveal] = useState(false);
  const pad = useRef<SignaturePadHandle>(null);
  // A long 对账笔录 is laid out off the main thread, page by page.
  const exporting = useExportProgress('documents.reconMinutes', { sessionId });
  const message = useCallback((e: ErrorInfo) => (locale === 'en' ? e.message_en : e.message_zh), [locale]);

  const load = useCallback(async () => {
    const [s, g] = await Promise.all([
      api.call('recon.get', { sessionId }),
      api.call('signatures.list', { record: { kind: 'recon', id: sessionId } }),
    ]);
    if (s.ok) setSession(s.value);
    else setError(message(s.error));
    if (g.ok) setSigning(g.value);
    else setError(message(g.error));
  }, [message, sessionId]);

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(
    () =>
      api.subscribe('recon.changed', (p) => {
        if (p.sessionId === sessionId) void load();
      }),
    [load, sessionId],
  );

  const next: SignerView | undefined = signing?.signers.find((s) => s.key === signing.next);

  const act = async (call: () => Promise<Envelope<SigningView>>) => {
    setBusy(true);
    setError(null);
    const r = await call();
    setBusy(false);
    if (!r.ok) {
      setError(message(r.error));
      return;
    }
    setSigning(r.value);
    setRefusing(false);
    setReason('');
    pad.current?.clear();
    setEmpty(true);
    const s = await api.call('recon.get', { sessionId });
    if (s.ok) setSession(s.value);
  };

  const sign = () => {
    if (!next || !pad.current || pad.current.isEmpty()) {
      setError(t('signing.emptyPad'));
      return;
    }
    const strokes = pad.current.strokes();
    const png = pad.current.pngBase64();
    void act(() =>
      api.call('signatures.sign', {
        record: { kind: 'recon', id: sessionId },
        signer: next.key,
        strokes,
        png,
      }),
    );
  };

  const refuse = () => {
    if (!next) return;
    void act(() =>
      api.call('signatures.refuse', { record: { kind: 'recon', id: sessionId }, signer: next.key, reason }),
    );
  };

  const exportMinutes = async () => {
    setBusy(true);
    setError(null);
    const r = await exporting.track(() => api.call('documents.reconMinutes', { sessionId, reveal }));
    setReveal(false);
    setBusy(false);
    if (!r.ok) {
      setError(message(r.error));
      return;
    }
    downloadPdf(r.value.fileName, r.value.base64);
    setExported({ fileName: r.value.fileName, pages: r.value.pages });
  };

  if (!session || !signing) return <p className="page muted">{error ?? t('common.loading')}</p>;

  return (
    <div
      className="page signing"
      data-testid="signing-page"
      data-complete={signing.complete}
      data-locked={signing.locked !== null}
      data-next={signing.next ?? ''}
    >
      <nav className="crumbs">
        <a href={hrefFor({ name: 'recon', caseId, sessionId })} data-testid="signing-back">
          ← {t('signing.back')}
        </a>
      </nav>
      <div className="page__title">
        <div>
          <h1>
            {session.caseNumber} <span className="recon__title">{t('signing.title')}</span>
          </h1>
          <p className="subtitle">{t('signing.order')}</p>
        </div>
        <div className="toolbar">
          <button
            type="button"
            className="btn"
            data-testid="signing-export"
            disabled={busy}
            onClick={() => void exportMinutes()}
          >
            {t(signing.complete ? 'signing.export' : 'signing.exportDraft')}
          </button>
          <RevealChoice checked={reveal} onChange={setReveal} testId="signing-reveal" />
          <ExportProgressNote
            progress={exporting.progress}
            running={exporting.running}
            testId="signing-export-progress"
          />
        </div>
      </div>

      {error && (
        <div className="form-error" role="alert" data-testid="signing-error">
          {error}
        </div>
      )}
      {exported && (
        <p className="notice" data-testid="signing-exported">
          {t('signing.exported', { file: exported.fileName, n: exported.pages })}
        </p>
      )}
      {signing.locked && (
        <p className="notice signing__locked" data-testid="signing-locked">
          {t('signing.locked')}
        </p>
      )}
      {!signing.open && !signing.locked && (
        <p className="notice" data-testid="signing-not-open">
          {t(signing.signers.length === 0 ? 'signing.noSigners' : 'signing.notOpen')}
        </p>
      )}

      <ol className="signing__list" data-testid="signing-list">
        {signing.signers.map((s) => (
          <li
            key={s.key}
            className={`signing__signer signing__signer--${s.status}${s.key === signing.next ? ' signing__signer--next' : ''}`}
            data-testid="signing-signer"
            data-key={s.key}
            data-status={s.status}
            aria-current={s.key === signing.next ? 'step' : undefined}
          >
            <span className="signing__role">{t(`signing.stage.${s.stage}`)}</span>
            <span className="signing__who">
              {s.roleZh} {s.name}
            </span>
            <span className="signing__status">
              {s.status === 'signed' && s.png ? (
                <img
                  className="signing__thumb"
                  src={`data:image/png;base64,${s.png}`}
                  alt={t('signing.signedBy', { name: s.name })}
                />
              ) : s.status === 'refused' ? (
                <span className="signing__refused">
                  {t('signing.refused')}：{s.reason}
                </span>
              ) : (
                <span className="muted">{t('signing.pending')}</span>
              )}
            </span>
          </li>
        ))}
      </ol>

      {signing.open && next && (
        <section className="panel signing__pad" data-testid="signing-current" data-key={next.key}>
          <div className="panel__header">
            <h2>{t('signing.now', { role: next.roleZh, name: next.name })}</h2>
          </div>
          <SignaturePad
            ref={pad}
            label={t('signing.padLabel', { name: next.name })}
            testId="signing-pad"
            onChange={setEmpty}
          />
          <p className="muted">{t('signing.padHint')}</p>
          <div className="toolbar">
            <button
              type="button"
              className="btn"
              data-testid="signing-undo"
              onClick={() => pad.current?.undo()}
            >
              {t('signing.undo')}
            </button>
            <button
              type="button"
              className="btn"
              data-testid="signing-clear"
              onClick={() => pad.current?.clear()}
            >
              {t('signing.clear')}
            </button>
            <button
              type="button"
              className="btn btn--primary"
              data-testid="signing-sign"
              disabled={busy || empty}
              onClick={sign}
            >
              {t('signing.sign')}
            </button>
            {next.stage === 'participant' && !refusing && (
              <button
                type="button"
                className="btn btn--danger"
                data-testid="signing-refuse"
                onClick={() => setRefusing(true)}
              >
                {t('signing.refuse')}
              </button>
            )}
          </div>
          {refusing && (
            <form
              className="signing__refuse"
              onSubmit={(e) => {
                e.preventDefault();
                refuse();
              }}
            >
              <label>
                {t('signing.reason', { name: next.name })}
                <textarea
                  autoFocus
                  value={reason}
                  maxLength={500}
                  data-testid="signing-reason"
                  onChange={(e) => setReason(e.target.value)}
                  onKeyDown={(e) => {
                    if (e.key === 'Escape') setRefusing(false);
                  }}
                />
              </label>
              <div className="toolbar">
                <button
                  type="submit"
                  className="btn btn--danger"
                  data-testid="signing-refuse-confirm"
                  disabled={busy || reason.trim() === ''}
                >
                  {t('signing.refuseConfirm')}
                </button>
                <button type="button" className="btn" onClick={() => setRefusing(false)}>
                  {t('common.cancel')}
                </button>
              </div>
            </form>
          )}
        </section>
      )}
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
