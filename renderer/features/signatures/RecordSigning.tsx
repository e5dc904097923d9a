import { useCallback, useEffect, useRef, useState } from 'react';
import type { Envelope } from '../../../core/platform/api/model';
import type { SignerView, SigningView } from '../../../core/features/signatures/model';
import type { SigningKind } from '../../../core/features/signatures/model';
import { api } from '../../app/api/client';
import { SignaturePad, type SignaturePadHandle } from '../../ui/SignaturePad';
import { useI18n } from '../../app/i18n';
import './signatures.css';

/**
 * The signers of any signable record (a hearing's 听证笔录, …) in court order, and the pad for whoever
 * signs next; a participant may refuse with a reason instead. Talks to signatures.list/sign/refuse only;
 * the page around it says what the record is and exports it. `reload` bumps when the record changed
 * elsewhere; `onChange` hears every new signing state.
 */
export function RecordSigning({
  kind,
  id,
  reload = 0,
  lockedText,
  notOpenText,
  onChange,
  groupLabel,
}: {
  kind: SigningKind;
  id: number;
  reload?: number;
  lockedText: string;
  notOpenText: string;
  onChange?: (view: SigningView) => void;
  /** the group a signer is listed under (e.g. 听证员 apart from the parties); default: the signing stage */
  groupLabel?: (role: string) => string | null;
}) {
  const { t, locale } = useI18n();
  const [signing, setSigning] = useState<SigningView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [empty, setEmpty] = useState(true);
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const pad = useRef<SignaturePadHandle>(null);
  const changed = useRef(onChange);
  changed.current = onChange;

  const show = useCallback(
    (r: Envelope<SigningView>) => {
      if (!r.ok) {
        setError(locale === 'en' ? r.error.message_en : r.error.message_zh);
        return false;
      }
      setSigning(r.value);
      changed.current?.(r.value);
      return true;
    },
    [locale],
  );

  useEffect(() => {
    void api.call('signatures.list', { record: { kind, id } }).then(show);
  }, [kind, id, reload, show]);

  const next: SignerView | undefined = signing?.signers.find((s) => s.key === signing.next);

  const act = async (call: () => Promise<Envelope<SigningView>>) => {
    setBusy(true);
    setError(null);
    const r = await call();
    setBusy(false);
    if (!show(r)) return;
    setRefusing(false);
    setReason('');
    pad.current?.clear();
    setEmpty(true);
  };

  const sign = () => {
    if (!next || !pad.current || pad.current.isEmpty()) {
      setError(t('signing.emptyPad'));
      return;
    }
    const strokes = pad.current.strokes();
    const png = pad.current.pngBase64();
    void act(() => api.call('signatures.sign', { record: { kind, id }, signer: next.key, strokes, png }));
  };

  const refuse = () => {
    if (!next) return;
    void act(() => api.call('signatures.refuse', { record: { kind, id }, signer: next.key, reason }));
  };

  if (!signing) return <p className="muted">{error ?? t('common.loading')}</p>;

  return (
    <div
      className="signing"
      data-testid="signing-page"
      data-complete={signing.complete}
      data-locked={signing.locked !== null}
      data-next={signing.next ?? ''}
    >
      {error && (
        <div className="form-error" role="alert" data-testid="signing-error">
          {error}
        </div>
      )}
      {signing.locked && (
        <p className="notice signing__locked" data-testid="signing-locked">
          {lockedText}
        </p>
      )}
      {!signing.open && !signing.locked && (
        <p className="notice" data-testid="signing-not-open">
          {signing.signers.length === 0 ? t('signing.noSigners') : notOpenText}
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
            <span className="signing__role" data-testid="signing-group">
              {groupLabel?.(s.role) ?? t(`signing.stage.${s.stage}`)}
            </span>
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
                  {t('signing.refused')}
                  {t('punct.colon')}
                  {s.reason}
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
