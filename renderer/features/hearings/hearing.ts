import type { HearingWallPayload } from '../../../core/features/hearings/model';
import type { AttendeeKind, HearingState, SignerGroup, Stage } from '../../../core/features/hearings/model';
import type { MessageKey } from '../../app/i18n';

/** Pure helpers of the petition hearing screens (operator and wall). */

/**
 * Where a hearing attachment is served: the same origin as the page (the web host's GET
 * /attachments/<sha256>, or app://hearing-desk/attachments/<sha256> in Electron); the web host needs
 * the launch token in the query because <img> and <video> cannot send a header.
 */
export function attachmentUrl(sha256: string, token: string | null): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) return '';
  return `/attachments/${sha256}${token ? `?token=${encodeURIComponent(token)}` : ''}`;
}

export const HEARING_STATE_KEYS: Record<HearingState, MessageKey> = {
  DRAFT: 'hearing.state.DRAFT',
  IN_SESSION: 'hearing.state.IN_SESSION',
  AWAITING_SIGNATURES: 'hearing.state.AWAITING_SIGNATURES',
  SIGNED: 'hearing.state.SIGNED',
};

export const STAGE_KEYS: Record<Stage, MessageKey> = {
  opening: 'hearing.stage.opening',
  statement: 'hearing.stage.statement',
  explanation: 'hearing.stage.explanation',
  evidence: 'hearing.stage.evidence',
  questioning: 'hearing.stage.questioning',
  deliberation: 'hearing.stage.deliberation',
  conclusion: 'hearing.stage.conclusion',
};

export const KIND_KEYS: Record<AttendeeKind, MessageKey> = {
  petitioner: 'hearing.kind.petitioner',
  applicant: 'hearing.kind.applicant',
  respondent: 'hearing.kind.respondent',
  interested: 'hearing.kind.interested',
  outsider: 'hearing.kind.outsider',
  agent: 'hearing.kind.agent',
  panel: 'hearing.kind.panel',
  presiding: 'hearing.kind.presiding',
  judge: 'hearing.kind.judge',
  clerk: 'hearing.kind.clerk',
  notary: 'hearing.kind.notary',
  interpreter: 'hearing.kind.interpreter',
};

/** The groups of the signing page: the parties, the panel (never labelled 当事人), the others, the court. */
export const GROUP_KEYS: Record<SignerGroup, MessageKey> = {
  parties: 'hearing.group.parties',
  panel: 'hearing.group.panel',
  others: 'hearing.group.others',
  court: 'hearing.group.court',
  clerk: 'hearing.group.clerk',
};

export type HearingKey =
  'prev' | 'next' | 'stage' | 'accepts' | 'objects' | 'question' | 'presenter' | 'escape';

/** ←/→ item, S next stage, A accepts, O objects, Q question, P wall on/off, Esc leaves a field. */
export function hearingKey(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
): HearingKey | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case 'ArrowLeft':
      return 'prev';
    case 'ArrowRight':
      return 'next';
    case 's':
    case 'S':
      return 'stage';
    case 'a':
    case 'A':
      return 'accepts';
    case 'o':
    case 'O':
      return 'objects';
    case 'q':
    case 'Q':
      return 'question';
    case 'p':
    case 'P':
      return 'presenter';
    case 'Escape':
      return 'escape';
    default:
      return null;
  }
}

/** The wall accepts only a payload of the expected shape (it arrives over the subscription channel). */
export function asHearingWall(payload: unknown): HearingWallPayload | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const p = payload as Partial<HearingWallPayload>;
  if (typeof p.caseNumber !== 'string' || typeof p.stage !== 'string' || typeof p.count !== 'number')
    return null;
  if (p.media && !/^[0-9a-f]{64}$/.test(p.media.sha256)) return null;
  return p as HearingWallPayload;
}

/** SVG arrow head points for an arrow from (x1, y1) to (x2, y2), in the same units. */
export function arrowHead(x1: number, y1: number, x2: number, y2: number, size: number): string {
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const a1 = angle + Math.PI - Math.PI / 7;
  const a2 = angle + Math.PI + Math.PI / 7;
  const pt = (a: number) => `${x2 + size * Math.cos(a)},${y2 + size * Math.sin(a)}`;
  return `${x2},${y2} ${pt(a1)} ${pt(a2)}`;
}
