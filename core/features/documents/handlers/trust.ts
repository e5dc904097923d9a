import { appendAudit } from '../../../platform/db/audit';
import type { ReadDb } from '../../../platform/db/handle';
import { AppError } from '../../../platform/api/errors';
import type { HandlerContext, HandlerGroup } from '../../../platform/api/handler';
import {
  CertificateError,
  certificatesInFile,
  groupedFingerprint,
  normalFingerprint,
  parseCertificate,
  type CertificateInfo,
} from '../../../platform/documents/certificate';
import { currentIdentity, identityPem, ownFingerprints } from '../../../platform/documents/identity';
import { deleteTrusted, getTrusted, insertTrusted, listTrusted, type TrustedRow } from '../store';
import type { CertificateView, TrustConfirmation, TrustListView } from '../model';

/**
 * The trusted certificate list: this desk's own certificates (always trusted, never stored), and court
 * certificates added only by confirming their fingerprint — the clerk reads it back from the file or
 * from the other court over the telephone and types or confirms it. Adding and removing are audited.
 */

export function certificateView(c: CertificateInfo): CertificateView {
  return {
    fingerprint: c.fingerprint,
    groupedFingerprint: groupedFingerprint(c.fingerprint),
    commonName: c.commonName,
    subject: c.subjectText,
    issuer: c.issuerText,
    notBefore: c.notBefore,
    notAfter: c.notAfter,
  };
}

/** Whether a fingerprint is trusted on this desk: its own certificates or the list. */
export function trustCheck(db: ReadDb | undefined, dataDir: string): (fingerprint: string) => boolean {
  const own = new Set(ownFingerprints(dataDir));
  return (fingerprint) =>
    own.has(fingerprint) || (db !== undefined && getTrusted(db, fingerprint) !== undefined);
}

export function readCertificates(bytes: Uint8Array, passphrase: string): CertificateInfo[] {
  let certs: CertificateInfo[];
  try {
    certs = certificatesInFile(bytes, passphrase);
  } catch (error) {
    if (error instanceof CertificateError)
      throw new AppError('VALIDATION_FAILED', 'documents.certificateUnreadable', { reason: error.message });
    throw error;
  }
  if (certs.length === 0) throw new AppError('VALIDATION_FAILED', 'documents.noCertificate');
  return certs;
}

/** Adds one certificate to the list, audited; refused unless `typed` is its fingerprint. */
export function addTrust(
  ctx: HandlerContext,
  cert: CertificateInfo,
  typed: string,
  confirmedBy: TrustConfirmation,
  note: string,
): TrustedRow {
  if (normalFingerprint(typed) !== cert.fingerprint)
    throw new AppError(
      'VALIDATION_FAILED',
      'documents.fingerprintMismatch',
      { fingerprint: groupedFingerprint(cert.fingerprint) },
      { field: 'fingerprint' },
    );
  if (getTrusted(ctx.db, cert.fingerprint))
    throw new AppError('DUPLICATE', 'documents.alreadyTrusted', { subject: cert.subjectText });
  const row: TrustedRow = {
    fingerprint: cert.fingerprint,
    commonName: cert.commonName,
    subject: cert.subjectText,
    issuer: cert.issuerText,
    notBefore: cert.notBefore,
    notAfter: cert.notAfter,
    confirmedBy,
    note,
    addedAt: ctx.now(),
    actor: ctx.actor,
    der: cert.der,
  };
  insertTrusted(ctx.db, row);
  const { der: _der, ...after } = row;
  appendAudit(ctx.db, {
    actor: ctx.actor,
    at: ctx.now(),
    entity: 'trustedCertificate',
    entityId: cert.fingerprint,
    action: 'create',
    before: null,
    after,
  });
  return row;
}

function trustList(ctx: HandlerContext): TrustListView {
  const identity = currentIdentity(ctx.dataDir);
  const own = identity
    ? certificateView(parseCertificate(pemToDer(identityPem(identity).certificatePem)))
    : null;
  return {
    own,
    trusted: listTrusted(ctx.db).map(({ der: _der, ...t }) => ({
      ...t,
      groupedFingerprint: groupedFingerprint(t.fingerprint),
    })),
  };
}

const pemToDer = (pem: string): Buffer =>
  Buffer.from(pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64');

export const trustHandlers = {
  'documents.trustList': (ctx): TrustListView => trustList(ctx),

  'documents.inspectCertificate': (_ctx, { base64, passphrase }): CertificateView[] =>
    readCertificates(Buffer.from(base64, 'base64'), passphrase).map(certificateView),

  // The file's first certificate (a .p12's signing one comes first), trusted once its fingerprint is confirmed.
  'documents.trust': (ctx, { base64, passphrase, fingerprint, confirmedBy, note }): TrustListView => {
    const certs = readCertificates(Buffer.from(base64, 'base64'), passphrase);
    const wanted = normalFingerprint(fingerprint);
    const cert = certs.find((c) => c.fingerprint === wanted) ?? certs[0]!;
    addTrust(ctx, cert, fingerprint, confirmedBy, note);
    return trustList(ctx);
  },

  'documents.distrust': (ctx, { fingerprint }): TrustListView => {
    const fp = normalFingerprint(fingerprint) ?? fingerprint;
    if (ownFingerprints(ctx.dataDir).includes(fp)) throw new AppError('CONFLICT', 'documents.ownCertificate');
    const row = getTrusted(ctx.db, fp);
    if (!row)
      throw new AppError('NOT_FOUND', 'documents.notTrusted', { fingerprint: groupedFingerprint(fp) });
    deleteTrusted(ctx.db, fp);
    const { der: _der, ...before } = row;
    appendAudit(ctx.db, {
      actor: ctx.actor,
      at: ctx.now(),
      entity: 'trustedCertificate',
      entityId: fp,
      action: 'delete',
      before,
      after: null,
    });
    return trustList(ctx);
  },
} satisfies HandlerGroup;
