import type {
  Annotation,
  Attendee,
  Explanation,
  HearingState,
  ItemStatus,
  Opinion,
  Question,
  Response,
  Stage,
  Summary,
} from './rules';
import type { ItemColumn, ItemFields } from './item-fields';
import type { HearingType } from './vocabulary';

/** Results of the hearings.* methods (public petition hearing). */

export type HearingSummary = {
  id: number;
  caseId: number;
  type: HearingType;
  title: string;
  date: string | null;
  state: HearingState;
  itemCount: number;
  updatedAt: string;
};

export type HearingAttachmentView = {
  id: number;
  sha256: string;
  kind: 'photo' | 'document' | 'video';
  mime: string;
  size: number;
  /** the original file name, sanitised: a label only */
  label: string;
  annotations: Annotation[];
};

export type HearingItemView = {
  id: number;
  position: number;
  fields: ItemFields;
  status: ItemStatus;
  explanations: Explanation[];
  responses: Response[];
  questions: Question[];
  attachments: HearingAttachmentView[];
};

export type HearingView = {
  id: number;
  caseId: number;
  caseNumber: string;
  type: HearingType;
  title: string;
  date: string | null;
  place: string;
  isPublic: boolean;
  state: HearingState;
  stage: Stage;
  cursor: number;
  conclusion: string;
  /** Held by another court and carried here with the case: read-only. Null when held here. */
  origin: { court: string; caseNumber: string } | null;
  attendees: Attendee[];
  items: HearingItemView[];
  summary: Summary;
  /** each panel member's opinions in deliberation, oldest first */
  opinions: Opinion[];
  createdAt: string;
  updatedAt: string;
};

export type ItemImportPreviewView = {
  format: 'csv' | 'xlsx';
  encoding: string | null;
  sheets: string[];
  sheet: string | null;
  headerRow: number;
  columns: { header: string; column: ItemColumn | null }[];
  rows: { row: number; item: ItemFields | null; errors: { zh: string; en: string }[] }[];
  okCount: number;
  errorCount: number;
};

export type AttachmentDataView = { sha256: string; mime: string; base64: string };

/** What the wall shows of a hearing (published as presenter.show with view 'hearing'). */
export type HearingWallPayload = {
  caseNumber: string;
  type: HearingType;
  stage: Stage;
  state: HearingState;
  index: number;
  count: number;
  item: {
    position: number;
    fields: ItemFields;
    status: ItemStatus;
    explanation: string | null;
    response: Response | null;
  } | null;
  media: {
    sha256: string;
    kind: 'photo' | 'document' | 'video';
    mime: string;
    label: string;
    annotations: Annotation[];
  } | null;
  /** play/pause from the operator: the wall follows when `issuedAt` is newer than what it last obeyed */
  video: { playing: boolean; at: number; issuedAt: string } | null;
  counts: { accepted: number; objected: number; open: number };
};

// Rules the screens use as they are: the renderer imports a feature only through its model.
export { ANNOTATION_COLOURS, ATTENDEE_KINDS, PARTY_KINDS, STAGES, followingStage } from './rules';
export { SIGNER_GROUP, type SignerGroup } from './signers';
export { HEARING_TYPES, MEASURES, PANEL_ROLES } from './vocabulary';
export type { Annotation, AnnotationKind, AttendeeKind, HearingState, Stage } from './rules';
export type { HearingType, Measure, PanelRole } from './vocabulary';
