/**
 * Handwritten signatures on a record (对账笔录, 听证笔录, 执行和解协议): pure rules, no storage.
 *
 * Courts sign in a fixed order: the participants (parties and their agents), then the judges, then the
 * clerk. A signer may sign (or, a participant, refuse: 拒绝签名 with a reason) only when everyone before
 * them has signed or refused. When every signer has done one or the other the record is complete and is
 * locked: its content can no longer change.
 */

export const SIGNING_KINDS = ['recon', 'hearing', 'settlement'] as const;
export type SigningKind = (typeof SIGNING_KINDS)[number];

export const SIGNER_STAGES = ['participant', 'judge', 'clerk'] as const;
export type SignerStage = (typeof SIGNER_STAGES)[number];

/** One person who signs: `key` is stable within the record (e.g. 'participant:12'). */
export type Signer = { key: string; stage: SignerStage; role: string; name: string };

export type SignatureOutcome = 'signed' | 'refused';
export type SignatureMark = { signerKey: string; outcome: SignatureOutcome };

export type SigningError =
  'noSigners' | 'unknownSigner' | 'alreadyDone' | 'notYourTurn' | 'complete' | 'refuseNotAllowed';

const RANK: Record<SignerStage, number> = { participant: 0, judge: 1, clerk: 2 };

/** Court order: participants, judges, clerk; within a stage the order given (stable). */
export function courtOrder<T extends Pick<Signer, 'stage'>>(signers: readonly T[]): T[] {
  return signers
    .map((s, i) => ({ s, i }))
    .sort((a, b) => RANK[a.s.stage] - RANK[b.s.stage] || a.i - b.i)
    .map(({ s }) => s);
}

/** The first signer (in court order) who has neither signed nor refused, or null when all are done. */
export function nextSigner(signers: readonly Signer[], marks: readonly SignatureMark[]): Signer | null {
  const done = new Set(marks.map((m) => m.signerKey));
  return courtOrder(signers).find((s) => !done.has(s.key)) ?? null;
}

/** Every signer has signed or refused (and there is at least one signer). */
export function isComplete(signers: readonly Signer[], marks: readonly SignatureMark[]): boolean {
  return signers.length > 0 && nextSigner(signers, marks) === null;
}

/** Whether `signerKey` may sign (or refuse) now; null when allowed. */
export function checkTurn(
  signers: readonly Signer[],
  marks: readonly SignatureMark[],
  signerKey: string,
  outcome: SignatureOutcome,
): SigningError | null {
  if (signers.length === 0) return 'noSigners';
  const signer = signers.find((s) => s.key === signerKey);
  if (!signer) return 'unknownSigner';
  if (marks.some((m) => m.signerKey === signerKey)) return 'alreadyDone';
  const next = nextSigner(signers, marks);
  if (next === null) return 'complete';
  if (next.key !== signerKey) return 'notYourTurn';
  // Judges and the clerk sign the record they made; only a participant can refuse to sign it.
  if (outcome === 'refused' && signer.stage !== 'participant') return 'refuseNotAllowed';
  return null;
}

/** signature_pad's toData(): groups of points, each with x, y, pressure and a millisecond timestamp. */
export type StrokePoint = { x: number; y: number; pressure: number; time: number };
export type Stroke = {
  points: StrokePoint[];
  penColor?: string;
  dotSize?: number;
  minWidth?: number;
  maxWidth?: number;
  velocityFilterWeight?: number;
  compositeOperation?: string;
};

export const STROKE_LIMITS = {
  strokes: 200,
  pointsPerStroke: 5_000,
  points: 20_000,
  /** Canvas coordinates in CSS pixels: a signing pad is at most a screen wide. */
  coordinate: 10_000,
  /** A signature drawn over more than an hour is not one signature. */
  spanMs: 3_600_000,
} as const;

export type StrokeError = 'empty' | 'tooMany' | 'outOfBounds' | 'timeOrder';

/** The vector strokes are evidence: finite, on the pad, in time order, of a sane size. */
export function checkStrokes(strokes: readonly Stroke[]): StrokeError | null {
  const points = strokes.flatMap((s) => s.points);
  if (points.length === 0) return 'empty';
  if (strokes.length > STROKE_LIMITS.strokes || points.length > STROKE_LIMITS.points) return 'tooMany';
  if (strokes.some((s) => s.points.length > STROKE_LIMITS.pointsPerStroke)) return 'tooMany';
  const inside = (v: number) => Number.isFinite(v) && v >= 0 && v <= STROKE_LIMITS.coordinate;
  if (!points.every((p) => inside(p.x) && inside(p.y) && Number.isFinite(p.pressure))) return 'outOfBounds';
  if (!points.every((p) => p.pressure >= 0 && p.pressure <= 1)) return 'outOfBounds';
  for (let i = 1; i < points.length; i++) if (!(points[i]!.time >= points[i - 1]!.time)) return 'timeOrder';
  const first = points[0]!.time;
  const last = points[points.length - 1]!.time;
  if (!Number.isFinite(first) || first < 0 || last - first > STROKE_LIMITS.spanMs) return 'timeOrder';
  return null;
}
