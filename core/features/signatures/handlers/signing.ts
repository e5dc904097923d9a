import { createHash } from 'node:crypto';
import { appendAudit } from '../../../platform/db/audit';
import { getLock, insertLock, insertSignature, listSignatures } from '../store';
import { getSession, listParticipants, setSessionState } from '../../recon/store';
import { flattenPng } from '../../../platform/documents/png';
import { nextState } from '../../recon/rules';
import {
  checkStrokes,
  checkTurn,
  isComplete,
  nextSigner,
  type Signer,
  type SigningKind,
  type Stroke,
  type StrokeError,
} from '../rules';
import { reconRoleZh, reconSigners } from '../../recon/signers';
import { AppError, notFound, validationFailed } from '../../../platform/api/errors';
import type { HandlerContext, HandlerGroup } from '../../../platform/api/handler';
import type { SigningView } from '../model';
import type { Text } from '../../../lib/text';
import { kindNames, messages } from '../messages';
import { assertUnlocked } from './locks';
import { settlementSigningSource } from '../../settlements/handlers/signing';
import { hearingSigningSource } from '../../hearings/handlers/signing';

/** What the signing flow needs from a kind of record: its signers, whether it is ready, and its completion. */
export type SigningSource = {
  /** Throws NOT_FOUND when there is no such record. */
  load(
    ctx: Pick<HandlerContext, 'db'>,
    id: number,
  ): {
    caseId: number;
    signers: Signer[];
    open: boolean;
    roleZh: (role: string) => string;
    /** Why it is not open, when the kind has its own words for it: rendered from the kind's messages.ts. */
    notOpen?: Text;
  };
  /** Called in the same transaction when the last signer has signed or refused. */
  complete(ctx: HandlerContext, id: number): void;
  /** Tells the windows showing the record that it changed. */
  changed(ctx: HandlerContext, id: number, caseId: number): void;
};

const reconSource: SigningSource = {
  load(ctx, id) {
    const session = getSession(ctx.db, id);
    if (!session) throw notFound('session', id);
    return {
      caseId: session.caseId,
      signers: reconSigners(listParticipants(ctx.db, id)),
      open: session.state === 'AWAITING_SIGNATURES',
      roleZh: reconRoleZh,
    };
  },
  complete(ctx, id) {
    const session = getSession(ctx.db, id)!;
    const next = nextState(session.state, 'sign');
    if (next) setSessionState(ctx.db, id, next, ctx.now());
  },
  changed(ctx, id, caseId) {
    ctx.publish('recon.changed', { sessionId: id, caseId });
  },
};

/**
 * Where each kind's signers come from. 'hearing' and 'settlement' are wired when those records exist:
 * one entry each here, and `assertUnlocked(ctx.db, kind, id)` at the top of their write handlers.
 */
export const SIGNING_SOURCES: Partial<Record<SigningKind, SigningSource>> = {
  recon: reconSource,
  settlement: settlementSigningSource,
  hearing: hearingSigningSource,
};

function sourceFor(kind: SigningKind): SigningSource {
  const source = SIGNING_SOURCES[kind];
  if (!source) throw new AppError('CONFLICT', 'signatures.kindNotSignable', { kind: kindNames[kind] });
  return source;
}

const STROKE_ERRORS = {
  empty: 'strokesEmpty',
  tooMany: 'strokesTooMany',
  outOfBounds: 'strokesOutOfBounds',
  timeOrder: 'strokesTimeOrder',
} as const satisfies Record<StrokeError, keyof typeof messages>;

export const PNG_LIMITS = { bytes: 1_000_000, side: 4_000 } as const;

/** The page image: a real PNG of sane size that the layout engine can embed. */
function checkPng(base64: string): Buffer {
  const bad = (problem: 'pngTooLarge' | 'pngNotPng' | 'pngSize' | 'pngUnreadable') =>
    validationFailed([{ path: ['png'], key: 'invalid', ...messages[problem] }]);
  const png = Buffer.from(base64, 'base64');
  if (png.length > PNG_LIMITS.bytes) throw bad('pngTooLarge');
  const magic = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (png.length < 33 || !png.subarray(0, 8).equals(magic) || png.toString('latin1', 12, 16) !== 'IHDR')
    throw bad('pngNotPng');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  if (width < 1 || height < 1 || width > PNG_LIMITS.side || height > PNG_LIMITS.side) throw bad('pngSize');
  try {
    flattenPng(png);
  } catch {
    throw bad('pngUnreadable');
  }
  return png;
}

export function signingView(ctx: Pick<HandlerContext, 'db'>, kind: SigningKind, id: number): SigningView {
  const rec = sourceFor(kind).load(ctx, id);
  const rows = listSignatures(ctx.db, kind, id);
  const byKey = new Map(rows.map((r) => [r.signerKey, r]));
  const lock = getLock(ctx.db, kind, id);
  return {
    record: { kind, id },
    caseId: rec.caseId,
    open: rec.open && !lock,
    signers: rec.signers.map((s) => {
      const r = byKey.get(s.key);
      return {
        key: s.key,
        stage: s.stage,
        role: s.role,
        roleZh: rec.roleZh(s.role),
        // The name as it was when signed: what the signature attests.
        name: r?.name ?? s.name,
        status: r ? r.outcome : 'pending',
        reason: r?.reason ?? null,
        at: r?.at ?? null,
        png: r?.png ? r.png.toString('base64') : null,
      };
    }),
    next: nextSigner(rec.signers, rows)?.key ?? null,
    complete: isComplete(rec.signers, rows),
    locked: lock ? { at: lock.lockedAt, actor: lock.actor } : null,
  };
}

type Mark = { outcome: 'signed'; strokes: Stroke[]; png: string } | { outcome: 'refused'; reason: string };

function mark(ctx: HandlerContext, kind: SigningKind, id: number, signerKey: string, m: Mark): SigningView {
  const source = sourceFor(kind);
  const rec = source.load(ctx, id);
  // Signing itself goes on while others have signed; only the final lock stops it.
  if (getLock(ctx.db, kind, id)) assertUnlocked(ctx.db, kind, id);
  if (!rec.open)
    throw rec.notOpen
      ? AppError.fromText('CONFLICT', rec.notOpen)
      : new AppError('CONFLICT', 'signatures.recordNotReady', { kind: kindNames[kind] });
  const marks = listSignatures(ctx.db, kind, id);
  const turn = checkTurn(rec.signers, marks, signerKey, m.outcome);
  if (turn) throw new AppError('CONFLICT', `signatures.${turn}` as const, {}, { problem: turn });
  const signer = rec.signers.find((s) => s.key === signerKey)!;
  let png: Buffer | null = null;
  if (m.outcome === 'signed') {
    const problem = checkStrokes(m.strokes);
    if (problem)
      throw validationFailed([{ path: ['strokes'], key: 'invalid', ...messages[STROKE_ERRORS[problem]] }]);
    png = checkPng(m.png);
  }
  const at = ctx.now();
  const pngSha256 = png ? createHash('sha256').update(png).digest('hex') : null;
  const strokesJson = m.outcome === 'signed' ? JSON.stringify(m.strokes) : null;
  const signatureId = insertSignature(ctx.db, {
    kind,
    recordId: id,
    signerKey,
    role: signer.role,
    name: signer.name,
    outcome: m.outcome,
    reason: m.outcome === 'refused' ? m.reason : null,
    strokesJson,
    png,
    pngSha256,
    at,
    actor: ctx.actor,
  });
  appendAudit(ctx.db, {
    actor: ctx.actor,
    at,
    entity: 'signature',
    entityId: signatureId,
    action: 'create',
    before: null,
    after: {
      kind,
      recordId: id,
      signerKey,
      role: signer.role,
      name: signer.name,
      outcome: m.outcome,
      ...(m.outcome === 'refused' ? { reason: m.reason } : {}),
      ...(strokesJson
        ? {
            pngSha256,
            strokesSha256: createHash('sha256').update(strokesJson).digest('hex'),
            points: m.outcome === 'signed' ? m.strokes.reduce((n, s) => n + s.points.length, 0) : 0,
          }
        : {}),
    },
  });
  if (isComplete(rec.signers, [...marks, { signerKey, outcome: m.outcome }])) {
    insertLock(ctx.db, kind, id, at, ctx.actor);
    source.complete(ctx, id);
    appendAudit(ctx.db, {
      actor: ctx.actor,
      at,
      entity: 'lock',
      entityId: `${kind}:${id}`,
      action: 'create',
      before: null,
      after: { kind, recordId: id, signers: rec.signers.length },
    });
  }
  source.changed(ctx, id, rec.caseId);
  return signingView(ctx, kind, id);
}

export const signingHandlers = {
  'signatures.list': (ctx, { record }) => signingView(ctx, record.kind, record.id),
  'signatures.sign': (ctx, { record, signer, strokes, png }) =>
    mark(ctx, record.kind, record.id, signer, { outcome: 'signed', strokes, png }),
  'signatures.refuse': (ctx, { record, signer, reason }) =>
    mark(ctx, record.kind, record.id, signer, { outcome: 'refused', reason }),
} satisfies HandlerGroup;
