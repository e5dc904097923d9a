export type { DocumentExport } from '../../platform/api/model';

/** documents.verify: the signature checked against its ByteRange, and the file looked up in the register. */
export type DocumentVerification = {
  intact: boolean;
  signer: string;
  signedAt: string | null;
  kind?: string;
  registered: boolean;
  message_zh: string;
  message_en: string;
  sha256: string;
  /** false when revisions were appended after our signature (a court seal, say) */
  coversWholeFile: boolean;
  caseId?: number | null;
  fileName?: string;
};
