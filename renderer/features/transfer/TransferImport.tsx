import { useState, type ChangeEvent } from 'react';
import { formatAmount } from '../../ui/lib/money';
import type { TransferVerifyView } from '../../../core/features/transfer/model';
import { api } from '../../app/api/client';
import { FormError, useErrorText } from '../../ui/Feedback';
import { LabelledField } from '../../ui/LabelledField';
import { useI18n } from '../../app/i18n';
import { fileToBase64 } from '../imports/imports';
import { hrefFor, navigate } from '../../app/route';
import './transfer.css';

/** The package's certificate, as transfer.verify's refusal about its signer carries it. */
type PackageCertificate = {
  base64: string;
  fingerprint: string;
  groupedFingerprint: string;
  subject: string;
  notBefore: string;
  notAfter: string;
};

/**
 * 接收移送案件: choose a package, verify it (signature, signer trusted here, every hash), then open the new
 * case under this court's number. A refused package says which file is wrong; nothing is written. A
 * signer not yet trusted is shown with subject and fingerprint: trusted only once the clerk types the
 * fingerprint the sending court read out.
 */
export function TransferImport() {
  const { t } = useI18n();
  const [base64, setBase64] = useState<string | null>(null);
  const [seen, setSeen] = useState<TransferVerifyView | null>(null);
  const [caseNumber, setCaseNumber] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [mismatch, setMismatch] = useState<{ caseId: number; unrealised: string; recomputed: string } | null>(
    null,
  );
  const [untrusted, setUntrusted] = useState<PackageCertificate | null>(null);
  const [typed, setTyped] = useState('');
  const message = useErrorText();

  const verify = async (data: string) => {
    setSeen(null);
    setError(null);
    setUntrusted(null);
    const r = await api.call('transfer.verify', { base64: data });
    if (r.ok) return setSeen(r.value);
    setError(message(r.error));
    // A refusal about who signed carries the certificate: the clerk may trust it by its fingerprint.
    const certificate = (r.error.details as { certificate?: PackageCertificate } | undefined)?.certificate;
    if (certificate) setUntrusted(certificate);
  };

  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    setSeen(null);
    setError(null);
    setUntrusted(null);
    if (!file) return;
    const data = await fileToBase64(file);
    setBase64(data);
    await verify(data);
  };

  const trust = async () => {
    if (!untrusted || !base64) return;
    const r = await api.call('documents.trust', {
      base64: untrusted.base64,
      fingerprint: typed,
      confirmedBy: 'package',
    });
    if (!r.ok) return setError(message(r.error));
    setTyped('');
    await verify(base64);
  };

  const confirm = async () => {
    if (!base64 || busy) return;
    setBusy(true);
    const r = await api.call('transfer.import', { base64, caseNumber });
    setBusy(false);
    if (!r.ok) return setError(message(r.error));
    // The engine here gave other figures (e.g. LPR fixings missing on this installation): say so first.
    if (r.value.figuresMatch) navigate({ name: 'case', id: r.value.caseId });
    else
      setMismatch({ caseId: r.value.caseId, unrealised: r.value.unrealised, recomputed: r.value.recomputed });
  };

  return (
    <section className="panel" data-testid="transfer-import">
      <header className="panel__header">
        <h2>{t('transfer.import.heading')}</h2>
      </header>
      <LabelledField id="transfer-import-file" label={t('transfer.import.file')}>
        <input
          id="transfer-import-file"
          data-testid="transfer-import-file"
          type="file"
          accept=".zip,application/zip"
          onChange={(e) => void choose(e)}
        />
      </LabelledField>
      {seen && (
        <>
          <p role="status" data-testid="transfer-import-verified">
            {t('transfer.import.verified', {
              signer: seen.signer,
              fingerprint: seen.groupedFingerprint,
              caseNumber: seen.originalCaseNumber,
              court: seen.originalCourt || '—',
              amount: formatAmount(seen.unrealised),
            })}
          </p>
          <LabelledField id="transfer-import-number" label={t('transfer.import.newCaseNumber')}>
            <input
              id="transfer-import-number"
              data-testid="transfer-import-number"
              value={caseNumber}
              onChange={(e) => setCaseNumber(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') void confirm();
              }}
            />
          </LabelledField>
          <button
            type="button"
            className="btn btn--primary"
            data-testid="transfer-import-confirm"
            disabled={busy || caseNumber.trim() === ''}
            onClick={() => void confirm()}
          >
            {t('transfer.import.confirm')}
          </button>
        </>
      )}
      {mismatch && (
        <div className="form-error" role="alert" data-testid="transfer-import-mismatch">
          {t('transfer.import.mismatch', {
            unrealised: formatAmount(mismatch.unrealised),
            recomputed: formatAmount(mismatch.recomputed),
          })}{' '}
          <a href={hrefFor({ name: 'case', id: mismatch.caseId })}>{t('transfer.import.openCase')}</a>
        </div>
      )}
      <FormError text={error} testId="transfer-import-error" />
      {untrusted && (
        <form
          className="transfer-trust"
          data-testid="transfer-import-untrusted"
          onSubmit={(e) => {
            e.preventDefault();
            void trust();
          }}
        >
          <p>
            {t('transfer.import.untrusted', {
              subject: untrusted.subject,
              from: untrusted.notBefore.slice(0, 10),
              to: untrusted.notAfter.slice(0, 10),
            })}
          </p>
          <p className="mono transfer-trust__fingerprint" data-testid="transfer-import-fingerprint">
            {untrusted.groupedFingerprint}
          </p>
          <LabelledField id="transfer-trust-fingerprint" label={t('transfer.import.typeFingerprint')}>
            <input
              id="transfer-trust-fingerprint"
              data-testid="transfer-trust-fingerprint"
              autoComplete="off"
              spellCheck={false}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
            />
          </LabelledField>
          <button type="submit" className="btn" disabled={typed.trim() === ''} data-testid="transfer-trust">
            {t('transfer.import.trust')}
          </button>
        </form>
      )}
    </section>
  );
}
