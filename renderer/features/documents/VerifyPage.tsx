import { useCallback, useEffect, useState } from 'react';
import type { DocumentVerification } from '../../../core/features/documents/model';
import type { ErrorInfo } from '../../../core/platform/api/model';
import type { IdentityView } from '../../../core/features/signatures/model';
import { api } from '../../app/api/client';
import { useI18n } from '../../app/i18n';
import { fileToBase64 } from '../imports/imports';
import { SignatureList } from './SignatureList';
import { TrustPanel } from './TrustPanel';
import './documents.css';

const KIND_KEYS = {
  statement: 'signing.kind.statement',
  reconMinutes: 'signing.kind.reconMinutes',
  minutes: 'signing.kind.minutes',
} as const;

/**
 * 文书核验 (#/verify): drop a PDF (or pick one) and see which document it is, whether it is intact since
 * it was signed (valid signatures over every byte), each signature with its signer from the certificate
 * and whether it is trusted here. Below, the trusted court certificates, who signs exports here, and the
 * import of the court's own certificate (.p12).
 */
export function VerifyPage() {
  const { t, locale } = useI18n();
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<(DocumentVerification & { file: string }) | null>(null);
  const [error, setError] = useState<string | null>(null);
  const message = useCallback((e: ErrorInfo) => (locale === 'en' ? e.message_en : e.message_zh), [locale]);

  const check = async (file: File) => {
    setBusy(true);
    setError(null);
    setResult(null);
    const r = await api.call('documents.verify', { base64: await fileToBase64(file) });
    setBusy(false);
    if (r.ok) setResult({ ...r.value, file: file.name });
    else setError(message(r.error));
  };

  const kindLabel = (kind?: string) =>
    kind && kind in KIND_KEYS
      ? t(KIND_KEYS[kind as keyof typeof KIND_KEYS])
      : (kind ?? t('signing.verify.unknownKind'));

  return (
    <div className="page verify" data-testid="verify-page">
      <div className="page__title">
        <h1>{t('signing.verify.title')}</h1>
      </div>
      <label
        className={`verify__drop${over ? ' verify__drop--over' : ''}`}
        data-testid="verify-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          const f = e.dataTransfer.files[0];
          if (f) void check(f);
        }}
      >
        <p>{t(busy ? 'signing.verify.checking' : 'signing.verify.drop')}</p>
        <input
          type="file"
          accept="application/pdf,.pdf"
          data-testid="verify-file"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void check(f);
            e.target.value = '';
          }}
        />
      </label>
      {error && (
        <div className="form-error" role="alert" data-testid="verify-error">
          {error}
        </div>
      )}
      {result && (
        <section
          className={`panel verify__result verify__result--${result.verified ? 'ok' : 'bad'}`}
          data-testid="verify-result"
          data-intact={result.intact}
          data-verified={result.verified}
          data-status={result.status}
          data-registered={result.registered}
          aria-live="polite"
        >
          <h2 data-testid="verify-status">{t(`signing.verify.status.${result.status}`)}</h2>
          <dl className="fields">
            <dt>{t('signing.verify.file')}</dt>
            <dd>{result.file}</dd>
            <dt>{t('signing.verify.kind')}</dt>
            <dd data-testid="verify-kind">{kindLabel(result.kind)}</dd>
            <dt>{t('signing.verify.signer')}</dt>
            <dd>{result.signer || t('common.none')}</dd>
            <dt>{t('signing.verify.signedAt')}</dt>
            <dd>{result.signedAt ?? t('common.none')}</dd>
            <dt>{t('signing.verify.sha256')}</dt>
            <dd className="mono">{result.sha256}</dd>
          </dl>
          <p data-testid="verify-message">{locale === 'en' ? result.message_en : result.message_zh}</p>
          <SignatureList result={result} />
        </section>
      )}
      <TrustPanel />
      <IdentityPanel />
    </div>
  );
}

/** Who signs exports on this workstation; importing the court's .p12 replaces the workstation certificate. */
function IdentityPanel() {
  const { t, locale } = useI18n();
  const [identity, setIdentity] = useState<IdentityView | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  useEffect(() => {
    void api.call('documents.identity', {}).then((r) => {
      if (r.ok) setIdentity(r.value);
    });
  }, []);

  const submit = async () => {
    if (!file) return;
    setError(null);
    setDone(false);
    const r = await api.call('documents.importIdentity', { base64: await fileToBase64(file), passphrase });
    if (!r.ok) {
      setError(locale === 'en' ? r.error.message_en : r.error.message_zh);
      return;
    }
    setIdentity(r.value);
    setPassphrase('');
    setDone(true);
  };

  return (
    <section className="panel" data-testid="identity-panel">
      <div className="panel__header">
        <h2>{t('signing.identity.title')}</h2>
      </div>
      <p data-testid="identity-current" data-source={identity?.source ?? ''}>
        {!identity || identity.source === 'none'
          ? t('signing.identity.none')
          : t(identity.source === 'imported' ? 'signing.identity.imported' : 'signing.identity.workstation', {
              name: identity.commonName ?? '',
              until: identity.notAfter?.slice(0, 10) ?? '',
            })}
      </p>
      <form
        className="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label>
          {t('signing.identity.file')}
          <input
            type="file"
            accept=".p12,.pfx,application/x-pkcs12"
            data-testid="identity-file"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </label>
        <label>
          {t('signing.identity.passphrase')}
          <input
            type="password"
            autoComplete="off"
            value={passphrase}
            data-testid="identity-passphrase"
            onChange={(e) => setPassphrase(e.target.value)}
          />
        </label>
        <button type="submit" className="btn" disabled={!file} data-testid="identity-import">
          {t('signing.identity.import')}
        </button>
      </form>
      {error && (
        <div className="form-error" role="alert" data-testid="identity-error">
          {error}
        </div>
      )}
      {done && (
        <p className="notice" data-testid="identity-done">
          {t('signing.identity.done')}
        </p>
      )}
    </section>
  );
}
