import { useEffect, useState } from 'react';
import type { CertificateView, TrustListView } from '../../../core/features/documents/model';
import { api } from '../../app/api/client';
import { useI18n } from '../../app/i18n';
import { FormError, useErrorText } from '../../ui/Feedback';
import { fileToBase64 } from '../imports/imports';

const day = (iso: string) => iso.slice(0, 10);

/**
 * 受信任的法院证书: this desk's own certificate, the courts it trusts, and adding one from a file the
 * other court hands over — shown with subject, validity and the grouped fingerprint, added only once
 * the clerk has typed the fingerprint as read back over the telephone.
 */
export function TrustPanel() {
  const { t } = useI18n();
  const message = useErrorText();
  const [list, setList] = useState<TrustListView | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [candidate, setCandidate] = useState<{ base64: string; cert: CertificateView } | null>(null);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    void api.call('documents.trustList', {}).then((r) => r.ok && setList(r.value));
  }, []);

  const inspect = async () => {
    if (!file) return;
    setError(null);
    setDone(null);
    const base64 = await fileToBase64(file);
    const r = await api.call('documents.inspectCertificate', { base64, passphrase });
    if (!r.ok) return setError(message(r.error));
    setCandidate({ base64, cert: r.value[0]! });
    setTyped('');
  };

  const add = async () => {
    if (!candidate) return;
    setError(null);
    const r = await api.call('documents.trust', {
      base64: candidate.base64,
      passphrase,
      fingerprint: typed,
      confirmedBy: 'fingerprint',
    });
    if (!r.ok) return setError(message(r.error));
    setList(r.value);
    setDone(t('trust.done', { subject: candidate.cert.subject }));
    setCandidate(null);
    setPassphrase('');
  };

  const remove = async (fingerprint: string, subject: string) => {
    if (!window.confirm(t('trust.removeConfirm', { subject }))) return;
    const r = await api.call('documents.distrust', { fingerprint });
    if (!r.ok) return setError(message(r.error));
    setList(r.value);
  };

  return (
    <section className="panel" data-testid="trust-panel">
      <div className="panel__header">
        <h2>{t('trust.title')}</h2>
      </div>
      <p className="muted">{t('trust.intro')}</p>
      <table className="table">
        <thead>
          <tr>
            <th>{t('trust.col.subject')}</th>
            <th>{t('trust.col.fingerprint')}</th>
            <th>{t('trust.col.validity')}</th>
            <th>{t('trust.col.added')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {list?.own && (
            <tr data-testid="trust-own">
              <td>{list.own.subject}</td>
              <td className="mono verify__fingerprint">{list.own.groupedFingerprint}</td>
              <td>{t('trust.validity', { from: day(list.own.notBefore), to: day(list.own.notAfter) })}</td>
              <td>{t('trust.own')}</td>
              <td />
            </tr>
          )}
          {list?.trusted.map((c) => (
            <tr key={c.fingerprint} data-testid="trust-row" data-fingerprint={c.fingerprint}>
              <td>{c.subject}</td>
              <td className="mono verify__fingerprint">{c.groupedFingerprint}</td>
              <td>{t('trust.validity', { from: day(c.notBefore), to: day(c.notAfter) })}</td>
              <td>
                {t('trust.added', {
                  at: c.addedAt.replace('T', ' ').slice(0, 16),
                  actor: c.actor,
                  how: t(`trust.how.${c.confirmedBy}`),
                })}
              </td>
              <td>
                <button
                  type="button"
                  className="btn"
                  data-testid="trust-remove"
                  onClick={() => void remove(c.fingerprint, c.subject)}
                >
                  {t('trust.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {list && list.trusted.length === 0 && <p className="muted">{t('trust.none')}</p>}
      <form
        className="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          void inspect();
        }}
      >
        <label>
          {t('trust.file')}
          <input
            type="file"
            accept=".cer,.crt,.der,.pem,.p12,.pfx"
            data-testid="trust-file"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </label>
        <label>
          {t('trust.passphrase')}
          <input
            type="password"
            autoComplete="off"
            value={passphrase}
            data-testid="trust-passphrase"
            onChange={(e) => setPassphrase(e.target.value)}
          />
        </label>
        <button type="submit" className="btn" disabled={!file} data-testid="trust-inspect">
          {t('trust.inspect')}
        </button>
      </form>
      {candidate && (
        <form
          className="verify__candidate"
          data-testid="trust-candidate"
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <p>
            {t('trust.check', {
              subject: candidate.cert.subject,
              from: day(candidate.cert.notBefore),
              to: day(candidate.cert.notAfter),
            })}
          </p>
          <p
            className="mono verify__fingerprint verify__fingerprint--large"
            data-testid="trust-candidate-fingerprint"
          >
            {candidate.cert.groupedFingerprint}
          </p>
          <label>
            {t('trust.typeFingerprint')}
            <input
              value={typed}
              autoComplete="off"
              spellCheck={false}
              data-testid="trust-fingerprint"
              onChange={(e) => setTyped(e.target.value)}
            />
          </label>
          <button
            type="submit"
            className="btn btn--primary"
            disabled={typed.trim() === ''}
            data-testid="trust-add"
          >
            {t('trust.add')}
          </button>
        </form>
      )}
      <FormError text={error} testId="trust-error" />
      {done && (
        <p className="notice" role="status" data-testid="trust-done">
          {done}
        </p>
      )}
    </section>
  );
}
