import type { SignerStage, SigningKind } from './rules';

/** signatures.list / sign / refuse: who signs a record, in order, and how far the signing has got. */
export type SignerView = {
  key: string;
  stage: SignerStage;
  /** The record's own role name ('creditor', 'judge', …) and its Chinese label. */
  role: string;
  roleZh: string;
  name: string;
  status: 'pending' | 'signed' | 'refused';
  reason: string | null;
  at: string | null;
  /** The handwritten signature as a PNG, base64 (signed only). */
  png: string | null;
};

export type SigningView = {
  record: { kind: SigningKind; id: number };
  caseId: number;
  /** Whether the record accepts signatures now (a session: only once it is closed). */
  open: boolean;
  signers: SignerView[];
  /** The key of whoever signs next, or null. */
  next: string | null;
  complete: boolean;
  locked: { at: string; actor: string } | null;
};

/** documents.identity: who signs exported PDFs on this workstation ('none' before the first export). */
export type IdentityView = {
  commonName: string | null;
  source: 'workstation' | 'imported' | 'none';
  notAfter: string | null;
  fingerprint: string | null;
};

// Rules the screens use as they are: the renderer imports a feature only through its model.
export type { SigningKind } from './rules';
