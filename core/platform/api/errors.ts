import {
  ENTITY_LABELS,
  FIELD_LABELS,
  VALIDATION_MESSAGES,
  type EntityName,
  type ValidationKey,
} from './messages';
import type { ErrorInfo } from './model';

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
  readonly message_zh: string;
  readonly message_en: string;
  readonly details: unknown;

  constructor(code: ErrorCode, message_zh: string, message_en: string, details?: unknown) {
    // Both languages, so a host that only shows `message` (a startup dialog, a log) still reads right.
    super(`${message_zh}\n${message_en}`);
    this.name = 'AppError';
    this.code = code;
    this.message_zh = message_zh;
    this.message_en = message_en;
    this.details = details;
  }

  toInfo(): ErrorInfo {
    const info: ErrorInfo = { code: this.code, message_zh: this.message_zh, message_en: this.message_en };
    if (this.details !== undefined) info.details = this.details;
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
  const label = fieldLabel(last);
  return { path, key, zh: `${label.zh}：${message.zh}`, en: `${label.en}: ${message.en}` };
}

export function validationFailed(issues: Issue[]): AppError {
  const first = issues[0] ?? issueFor([], 'invalid');
  return new AppError('VALIDATION_FAILED', first.zh, first.en, { issues });
}

/** A domain rule on one field, reported exactly like a schema issue. */
export function invalid(field: string, key: ValidationKey): AppError {
  return validationFailed([issueFor([field], key)]);
}

export function notFound(entity: EntityName, id: number | string): AppError {
  const label = ENTITY_LABELS[entity];
  return new AppError('NOT_FOUND', `未找到该${label.zh}（编号 ${id}）`, `${label.en} ${id} not found`, {
    entity,
    id,
  });
}

export function duplicate(message_zh: string, message_en: string, details?: unknown): AppError {
  return new AppError('DUPLICATE', message_zh, message_en, details);
}

export function conflict(message_zh: string, message_en: string, details?: unknown): AppError {
  return new AppError('CONFLICT', message_zh, message_en, details);
}

export function unknownMethod(name: string): AppError {
  return new AppError('UNKNOWN_METHOD', `未知的操作：${name}`, `unknown method: ${name}`, { name });
}

export function internal(): AppError {
  return new AppError('INTERNAL', '内部错误，操作未保存。', 'Internal error; nothing was saved.');
}
