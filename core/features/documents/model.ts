export type { DocumentExport } from '../../platform/api/model';

/** How trust in a certificate was confirmed: a file handed over, the fingerprint read back, a package. */
export type TrustConfirmation = 'file' | 'fingerprint' | 'package';

/** A certificate as people check it: subject, validity and the fingerprint in groups of four. */
export type CertificateView = {
  fingerprint: string;
  /** 「3F2A 9B01 …」: 16 groups of 4 hex digits, to read over the telephone. */
  groupedFingerprint: string;
  commonName: string;
  subject: string;
  issuer: string;
  notBefore: string;
  notAfter: string;
};

export type TrustedCertificate = {
  fingerprint: string;
  commonName: string;
  subject: string;
  issuer: string;
  notBefore: string;
  notAfter: string;
  confirmedBy: TrustConfirmation;
  note: string;
  addedAt: string;
  actor: string;
};

/** documents.trustList: this desk's own certificate first (always trusted), then the list. */
export type TrustListView = {
  own: CertificateView | null;
  trusted: (TrustedCertificate & { groupedFingerprint: string })[];
};

/** One signature in a PDF, as the 文书核验 page, the API and the CLI list it. */
export type SignatureView = {
  valid: boolean;
  signer: string;
  subject: string;
  fingerprint: string;
  groupedFingerprint: string;
  signedAt: string | null;
  /** Bytes 0 … coveredTo-1 (its own Contents excepted). */
  coveredTo: number;
  revision: number;
  coversWholeFile: boolean;
  registered: boolean;
  trusted: boolean;
  problem?: string;
  problem_zh?: string;
};

/**
 * documents.verify: every signature checked against its ByteRange, the bytes outside every valid
 * signature, the signers against the trusted list, and the file looked up in the register.
 */
export type DocumentVerification = {
  status: 'unsigned' | 'broken' | 'modified' | 'untrusted' | 'verified';
  /** Every signature valid and every byte covered by one. */
  intact: boolean;
  /** intact and every signer trusted. */
  verified: boolean;
  signer: string;
  signedAt: string | null;
  kind?: string;
  registered: boolean;
  message_zh: string;
  message_en: string;
  sha256: string;
  /** false when bytes lie after the first signature's coverage (a later revision). */
  coversWholeFile: boolean;
  size: number;
  revisions: number;
  /** Bytes (0-based, inclusive) outside every valid signature, and the revisions among them. */
  outside: { from: number; to: number; revisions: number[] } | null;
  signatures: SignatureView[];
  caseId?: number | null;
  fileName?: string;
};
