import {
  ENTITY_LABELS,
  FIELD_LABELS,
  PLATFORM_MESSAGES,
  VALIDATION_MESSAGES,
  type EntityName,
  type ValidationKey,
} from './messages';
import type { ErrorInfo } from './model';
import { isMessageKey, MESSAGES, type MessageKey } from './catalogue';
import { render, type Text, type Vars } from '../../lib/text';
import { maskDeep, maskSensitive } from '../documents/masking';

export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'DUPLICATE',
  'CONFLICT',
  'LOCKED',
  'LEDGER_INVALID',
  'IMPORT_INVALID',
  'UNKNOWN_METHOD',
  'DB_TOO_NEW',
  'DB_CORRUPT',
  // recovery mode: the database was refused at start; only the backup methods answer
  'DB_UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one input field; the UI highlights `path` and shows `zh`. */
export type Issue = { path: (string | number)[]; key: string; zh: string; en: string };

/**
 * A domain error: typed, with both languages, safe to send across the API boundary as is.
 * Thrown inside a transaction it rolls the whole call back; the dispatcher turns it into an envelope.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  /** The catalogue entry the text came from (core/platform/api/catalogue.ts). */
  readonly key: MessageKey | null;
  readonly message_zh: string;
  readonly message_en: string;
  readonly details: unknown;

  /**
   * A text from a catalogue: `new AppError('CONFLICT', 'recon.sessionClosed', { state })`. A text
   * already rendered from one (a validation issue with its field label) comes through fromText.
   */
  constructor(code: ErrorCode, key: MessageKey | { rendered: Text }, vars?: Vars, details?: unknown) {
    if (typeof key === 'string' && !isMessageKey(key)) throw new Error(`no catalogue entry ${key}`);
    const text = typeof key === 'string' ? render(MESSAGES[key], vars) : key.rendered;
    // Both languages, so a host that only shows `message` (a startup dialog, a log) still reads right.
    super(`${text.zh}\n${text.en}`);
    this.name = 'AppError';
    this.code = code;
    this.key = typeof key === 'string' ? key : null;
    this.message_zh = text.zh;
    this.message_en = text.en;
    this.details = details;
  }

  static fromText(code: ErrorCode, text: Text, details?: unknown): AppError {
    return new AppError(code, { rendered: { zh: text.zh, en: text.en } }, undefined, details);
  }

  /**
   * What crosses the API, so what a screen, the wall behind it or a screenshot can show: identity-card,
   * phone, passport and permit numbers masked as on the wall and in documents (issue 15) — an error
   * often quotes the row it refused. The log and the audit rows keep full values; hashes and amounts are
   * never masked (masking.ts matches whole tokens of the exact lengths, never a figure with decimals).
   */
  toInfo(): ErrorInfo {
    const info: ErrorInfo = {
      code: this.code,
      message_zh: maskSensitive(this.message_zh),
      message_en: maskSensitive(this.message_en),
    };
    if (this.details !== undefined) info.details = maskDeep(this.details);
    return info;
  }
}

export function fieldLabel(field: string): { zh: string; en: string } {
  return FIELD_LABELS[field] ?? { zh: field, en: field };
}

/** 「金额：金额最多保留两位小数（到分）」: field label, full-width colon, message. */
export function issueFor(path: (string | number)[], key: string): Issue {
  const message =
    key in VALIDATION_MESSAGES ? VALIDATION_MESSAGES[key as ValidationKey] : VALIDATION_MESSAGES.invalid;
  const last = [...path].reverse().find((p): p is string => typeof p === 'string');
  if (last === undefined) return { path, key, zh: message.zh, en: message.en };
  const text = render(PLATFORM_MESSAGES.fieldIssue, { label: fieldLabel(last), message });
  return { path, key, ...text };
}

export function validationFailed(issues: Issue[]): AppError {
  const first = issues[0] ?? issueFor([], 'invalid');
  return AppError.fromText('VALIDATION_FAILED', first, { issues });
}

/** A domain rule on one field, reported exactly like a schema issue. */
export function invalid(field: string, key: ValidationKey): AppError {
  return validationFailed([issueFor([field], key)]);
}

export function notFound(entity: EntityName, id: number | string): AppError {
  const label = ENTITY_LABELS[entity];
  return new AppError('NOT_FOUND', 'platform.notFound', { entity: label, id }, { entity, id });
}

export function duplicate(key: MessageKey, vars?: Vars, details?: unknown): AppError {
  return new AppError('DUPLICATE', key, vars, details);
}

export function conflict(key: MessageKey, vars?: Vars, details?: unknown): AppError {
  return new AppError('CONFLICT', key, vars, details);
}

export function unknownMethod(name: string): AppError {
  return new AppError('UNKNOWN_METHOD', 'platform.unknownMethod', { name }, { name });
}

export function internal(): AppError {
  return new AppError('INTERNAL', 'platform.internal');
}
