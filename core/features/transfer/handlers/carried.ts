import { createHash } from 'node:crypto';
import { z } from 'zod';
import { appendAudit } from '../../../platform/db/audit';
import { getLock, insertLock, insertSignature, listSignatures } from '../../signatures/store';
import type { VerifiedPackage } from './package';
import { checkStrokes, type SigningKind } from '../../signatures/rules';
import { contract } from '../../../platform/api/contract';
import { AppError } from '../../../platform/api/errors';
import { isMessageKey, MESSAGES, type MessageKey } from '../../../platform/api/catalogue';
import { render, type Text, type Vars } from '../../../lib/text';
import type { HandlerContext } from '../../../platform/api/handler';

/**
 * What the transfer package carries the same way for every signed record (hearings, settlements): the
 * handwritten signatures and the lock as they were, their checks on import, and how an entry's problem
 * is reported (IMPORT_INVALID naming the entry).
 */

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** 「移送案卷包中的「entry」内容无效：why」, naming the entry; `why` already in both languages. */
export const entryRefused = (entry: string, why: Text): AppError =>
  new AppError('IMPORT_INVALID', 'transfer.invalidEntry', { entry, why }, { entry });

/** An entry refused for a reason from a catalogue ('transfer.notJson', …). */
export const invalidEntry = (entry: string, reason: MessageKey, vars?: Vars): AppError =>
  entryRefused(entry, render(MESSAGES[reason], vars));

/**
 * A refinement's problem as a catalogue key with its variables, for `issue.addIssue(keyedIssue(…))`:
 * parsedEntry then reports it in both languages.
 */
export const keyedIssue = (key: MessageKey, vars?: Vars) => ({
  code: 'custom' as const,
  message: key,
  ...(vars ? { params: { vars } } : {}),
});

/**
 * A schema issue as a text: a catalogue key (keyedIssue) renders in both languages; any other message
 * (zod's own) reads the same in both.
 */
export function issueText(
  issue: { message?: string; params?: { vars?: Vars } } | undefined,
  fallback: MessageKey,
): Text {
  const message = issue?.message;
  if (message === undefined) return MESSAGES[fallback];
  if (!isMessageKey(message)) return { zh: message, en: message };
  return render(MESSAGES[message], issue?.params?.vars);
}

/**
 * A JSON entry of the package checked against its schema: undefined when the package has no such entry
 * (made before that record travelled), else the data or IMPORT_INVALID with the first problem.
 */
export function parsedEntry<S extends z.ZodType>(
  pkg: VerifiedPackage,
  entry: string,
  schema: S,
): z.output<S> | undefined {
  const bytes = pkg.files.get(entry);
  if (!bytes) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw invalidEntry(entry, 'transfer.notJson');
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const at = first?.path.join('.') ?? '';
    const why = issueText(first, 'transfer.badShape');
    throw entryRefused(entry, { zh: `${at} ${why.zh}`.trim(), en: `${at} ${why.en}`.trim() });
  }
  return parsed.data;
}

export type CarriedSignature = {
  signerKey: string;
  role: string;
  name: string;
  outcome: 'signed' | 'refused';
  reason: string | null;
  strokes: unknown[] | null;
  png: string | null;
  pngSha256: string | null;
  at: string;
  actor: string;
};

type CarriedLock = { at: string; actor: string } | null;

/** A record's signatures (strokes and image included) and lock, as the package carries them. */
export function carriedSignatures(
  ctx: HandlerContext,
  kind: SigningKind,
  recordId: number,
): { signatures: CarriedSignature[]; locked: CarriedLock } {
  const lock = getLock(ctx.db, kind, recordId);
  const signatures = listSignatures(ctx.db, kind, recordId).map((s) => ({
    signerKey: s.signerKey,
    role: s.role,
    name: s.name,
    outcome: s.outcome,
    reason: s.reason,
    strokes: s.strokesJson === null ? null : (JSON.parse(s.strokesJson) as unknown[]),
    png: s.png ? s.png.toString('base64') : null,
    pngSha256: s.pngSha256,
    at: s.at,
    actor: s.actor,
  }));
  return { signatures, locked: lock ? { at: lock.lockedAt, actor: lock.actor } : null };
}

const text = (max: number) => z.string().max(max);
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * A carried signature: a refusal has its reason and no strokes; a signature has strokes that pass the
 * pad's checks and a PNG image hashing to its digest. `keyProblem` checks the signer key first: a
 * catalogue key ('hearings.…'), which parsedEntry renders in both languages, or a text as it is.
 */
export function carriedSignatureSchema(
  keyProblem: (signerKey: string) => MessageKey | string | null = () => null,
) {
  return z
    .object({
      signerKey: z.string().min(1).max(100),
      role: text(50),
      name: text(200),
      outcome: z.enum(['signed', 'refused']),
      reason: text(500).nullable(),
      strokes: contract['signatures.sign'].input.shape.strokes.nullable(),
      png: z.string().max(1_400_000).nullable(),
      pngSha256: z
        .string()
        .regex(/^[0-9a-f]{64}$/)
        .nullable(),
      at: text(40),
      actor: text(200),
    })
    .superRefine((s, issue) => {
      const refuse = (key: MessageKey) => issue.addIssue(keyedIssue(key));
      const key = keyProblem(s.signerKey);
      if (key) issue.addIssue({ code: 'custom', message: key });
      if (s.outcome === 'refused') {
        if (s.reason === null || s.png !== null || s.strokes !== null) refuse('transfer.refusalWithStrokes');
        return;
      }
      if (s.png === null || s.strokes === null || s.pngSha256 === null || s.reason !== null)
        return refuse('transfer.signatureIncomplete');
      const png = Buffer.from(s.png, 'base64');
      if (!png.subarray(0, 8).equals(PNG_MAGIC)) return refuse('transfer.signatureNotPng');
      if (sha256Hex(png) !== s.pngSha256) return refuse('transfer.signatureHashMismatch');
      if (checkStrokes(s.strokes)) refuse('transfer.strokesInvalid');
    });
}

/** Writes a carried record's signatures (each key mapped to the new record's) and its lock. */
export function insertCarriedSignatures(
  ctx: HandlerContext,
  kind: SigningKind,
  recordId: number,
  carried: { signatures: readonly CarriedSignature[]; locked: CarriedLock },
  signerKey: (key: string) => string = (key) => key,
): void {
  for (const s of carried.signatures)
    insertSignature(ctx.db, {
      kind,
      recordId,
      signerKey: signerKey(s.signerKey),
      role: s.role,
      name: s.name,
      outcome: s.outcome,
      reason: s.reason,
      strokesJson: s.strokes === null ? null : JSON.stringify(s.strokes),
      png: s.png === null ? null : Buffer.from(s.png, 'base64'),
      pngSha256: s.pngSha256,
      at: s.at,
      actor: s.actor,
    });
  if (carried.locked) insertLock(ctx.db, kind, recordId, carried.locked.at, carried.locked.actor);
}

/** The audit row of signatures taken in with a record: who signed or refused, when, which image. */
export function auditCarriedSignatures(
  ctx: HandlerContext,
  kind: SigningKind,
  recordId: number,
  origin: unknown,
  signatures: readonly CarriedSignature[],
  at: string,
): void {
  appendAudit(ctx.db, {
    actor: ctx.actor,
    at,
    entity: 'signature',
    entityId: `${kind}:${recordId}`,
    action: 'create',
    before: null,
    after: {
      imported: true,
      origin,
      signatures: signatures.map((s) => ({
        signerKey: s.signerKey,
        name: s.name,
        outcome: s.outcome,
        at: s.at,
        pngSha256: s.pngSha256,
      })),
    },
  });
}
