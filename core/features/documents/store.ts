import { stmt, type ReadDb, type WriteDb } from '../../platform/db/handle';
import type { TrustedCertificate, TrustConfirmation } from './model';

/** trusted_certificates (migration 012). */

type Raw = {
  fingerprint: string;
  common_name: string;
  subject: string;
  issuer: string;
  not_before: string;
  not_after: string;
  der: Buffer;
  confirmed_by: TrustConfirmation;
  note: string;
  added_at: string;
  actor: string;
};

export type TrustedRow = TrustedCertificate & { der: Buffer };

const toRow = (r: Raw): TrustedRow => ({
  fingerprint: r.fingerprint,
  commonName: r.common_name,
  subject: r.subject,
  issuer: r.issuer,
  notBefore: r.not_before,
  notAfter: r.not_after,
  confirmedBy: r.confirmed_by,
  note: r.note,
  addedAt: r.added_at,
  actor: r.actor,
  der: r.der,
});

export function listTrusted(db: ReadDb): TrustedRow[] {
  return (stmt(db, 'SELECT * FROM trusted_certificates ORDER BY added_at, fingerprint').all() as Raw[]).map(
    toRow,
  );
}

export function getTrusted(db: ReadDb, fingerprint: string): TrustedRow | undefined {
  const r = stmt(db, 'SELECT * FROM trusted_certificates WHERE fingerprint = ?').get(fingerprint) as
    Raw | undefined;
  return r && toRow(r);
}

export function insertTrusted(db: WriteDb, row: TrustedRow): void {
  stmt(
    db,
    `INSERT INTO trusted_certificates
       (fingerprint, common_name, subject, issuer, not_before, not_after, der, confirmed_by, note, added_at, actor)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    row.fingerprint,
    row.commonName,
    row.subject,
    row.issuer,
    row.notBefore,
    row.notAfter,
    row.der,
    row.confirmedBy,
    row.note,
    row.addedAt,
    row.actor,
  );
}

export function deleteTrusted(db: WriteDb, fingerprint: string): void {
  stmt(db, 'DELETE FROM trusted_certificates WHERE fingerprint = ?').run(fingerprint);
}
