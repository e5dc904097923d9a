import type { DocumentVerification } from '../../../core/features/documents/model';
import { useI18n } from '../../app/i18n';

/** Every signature of a verified PDF: signer from its certificate, fingerprint, time, coverage, trust. */
export function SignatureList({ result }: { result: DocumentVerification }) {
  const { t, locale } = useI18n();
  const outside = result.outside;
  return (
    <>
      {outside && (
        <p className="verify__outside" role="alert" data-testid="verify-outside">
          {t('signing.verify.outside', {
            from: outside.from,
            to: outside.to,
            count: outside.to - outside.from + 1,
            revisions: outside.revisions.length
              ? t('signing.verify.outsideRevisions', { n: outside.revisions.join(', ') })
              : '',
          })}
        </p>
      )}
      {result.signatures.length > 0 && (
        <table className="table verify__signatures" data-testid="verify-signatures">
          <caption>{t('signing.verify.signatures')}</caption>
          <thead>
            <tr>
              <th>{t('signing.verify.col.n')}</th>
              <th>{t('signing.verify.col.signer')}</th>
              <th>{t('signing.verify.col.fingerprint')}</th>
              <th>{t('signing.verify.col.time')}</th>
              <th>{t('signing.verify.col.covers')}</th>
              <th>{t('signing.verify.col.state')}</th>
            </tr>
          </thead>
          <tbody>
            {result.signatures.map((s, i) => (
              <tr
                key={i}
                data-testid="verify-signature"
                data-valid={s.valid}
                data-trusted={s.trusted}
                data-whole={s.coversWholeFile}
              >
                <td>{i + 1}</td>
                <td>
                  <strong>{s.signer}</strong>
                  <br />
                  <span className="muted">{s.subject}</span>
                </td>
                <td className="mono verify__fingerprint">{s.groupedFingerprint}</td>
                <td>{s.signedAt ?? t('common.none')}</td>
                <td>
                  {s.revision
                    ? t('signing.verify.coversRevision', { to: s.coveredTo - 1, n: s.revision })
                    : t('signing.verify.covers', { to: s.coveredTo - 1 })}
                  {s.coversWholeFile ? t('signing.verify.wholeFile') : ''}
                </td>
                <td>
                  {!s.valid
                    ? t('signing.verify.state.invalid', {
                        problem: (locale === 'en' ? s.problem : s.problem_zh) ?? '',
                      })
                    : t(
                        s.trusted
                          ? s.registered
                            ? 'signing.verify.state.registered'
                            : 'signing.verify.state.trusted'
                          : 'signing.verify.state.untrusted',
                      )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted">{t('signing.verify.size', { size: result.size, revisions: result.revisions })}</p>
    </>
  );
}
