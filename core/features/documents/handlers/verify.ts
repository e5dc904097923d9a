import type { ReadDb } from '../../../platform/db/handle';
import { groupedFingerprint } from '../../../platform/documents/certificate';
import { verifyPdf } from '../../../platform/documents/verify';
import type { DocumentVerification } from '../model';
import { trustCheck } from './trust';

/**
 * A signed PDF verified as the 文书核验 page, the API and the CLI all report it: coverage of every byte,
 * each signature with its signer from the certificate, trust against this desk's list, the register.
 */
export function verifyDocument(bytes: Buffer, db: ReadDb | undefined, dataDir: string): DocumentVerification {
  const v = verifyPdf(bytes, db, { isTrusted: trustCheck(db, dataDir) });
  return {
    status: v.status,
    intact: v.intact,
    verified: v.verified,
    signer: v.signer,
    signedAt: v.signedAt,
    ...(v.kind ? { kind: v.kind } : {}),
    registered: v.registered,
    message_zh: v.message_zh,
    message_en: v.message_en,
    sha256: v.sha256,
    coversWholeFile: v.signatures[0]?.coversWholeFile ?? false,
    size: bytes.length,
    revisions: v.revisions,
    outside: v.outside,
    signatures: v.signatures.map((s) => ({
      valid: s.valid,
      signer: s.signer,
      subject: s.subject,
      fingerprint: s.fingerprint,
      groupedFingerprint: groupedFingerprint(s.fingerprint),
      signedAt: s.signedAt,
      coveredTo: s.coveredTo,
      revision: s.revision,
      coversWholeFile: s.coversWholeFile,
      registered: s.registered,
      trusted: s.trusted,
      ...(s.problem ? { problem: s.problem } : {}),
      ...(s.problem_zh ? { problem_zh: s.problem_zh } : {}),
    })),
    ...(v.export ? { caseId: v.export.caseId, fileName: v.export.fileName } : {}),
  };
}
