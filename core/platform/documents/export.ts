import { createHash } from 'node:crypto';
import type { FontData } from './fonts';
import type { Identity } from './identity';
import { zh } from './messages';
import type { DocumentModel } from './model';
import { recordHash, renderPdf } from './render';
import { placeholderFor, signPdf } from './sign';

/** A finished export: signed bytes and what goes into export_register. */
export type SignedDocument = {
  pdf: Buffer;
  /** sha256 of the final signed bytes (the export_register key). */
  sha256: string;
  pages: number;
  recordHash: string;
  signer: string;
  fileName: string;
};

export type SignOptions = {
  identity: Identity;
  /** The clock for CreationDate, ModDate and the signing time. */
  now: Date;
  /** Head of the audit hash chain, printed on the last page. */
  auditHead: string;
  fonts?: FontData;
};

/** 「(2026)黑1084执恢12号 迟延履行利息计算说明.pdf」 with characters no file system accepts replaced. */
export function documentFileName(model: DocumentModel, suffix = ''): string {
  const base = [model.caseNumber, model.title, suffix].filter(Boolean).join(' ');
  const safe = [...base]
    .map((ch) => (ch.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(ch) ? '_' : ch))
    .join('');
  return `${safe.replace(/_+/g, '_').trim() || 'document'}.pdf`;
}

/** Lays out, prints the provenance on the last page, and signs: one pure step from model to bytes. */
export function signedDocument(model: DocumentModel, options: SignOptions, suffix = ''): SignedDocument {
  const hash = recordHash(model);
  const { pdf, pages } = renderPdf(model, {
    now: options.now,
    ...(options.fonts ? { fonts: options.fonts } : {}),
    provenance: {
      recordHash: hash,
      auditHead: options.auditHead,
      generatedAt: options.now.toISOString(),
      signer: options.identity.commonName,
    },
    placeholder: placeholderFor(options.identity, {
      reason: signingReason(model),
      location: model.court || 'Hearing Desk',
    }),
  });
  const signed = signPdf(pdf, options.identity, options.now);
  return {
    pdf: signed,
    sha256: createHash('sha256').update(signed).digest('hex'),
    pages,
    recordHash: hash,
    signer: options.identity.commonName,
    fileName: documentFileName(model, suffix),
  };
}

/** The reason the signature states: 「出具迟延履行利息计算说明（(2025)京0105执1234号）」. */
export function signingReason(model: DocumentModel): string {
  const { title, caseNumber } = model;
  return caseNumber ? zh('signReasonForCase', { title, caseNumber }) : zh('signReason', { title });
}
