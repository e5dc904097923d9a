import type { Text } from '../../../core/lib/text';
import type { Envelope, ErrorInfo } from '../../../core/platform/api/model';

/** A failure the renderer itself reports (no connection, a check before the call), shaped as the server's. */
export function failure(code: string, text: Text, details?: unknown): Envelope<never> {
  return {
    ok: false,
    error: { code, message_zh: text.zh, message_en: text.en, ...(details === undefined ? {} : { details }) },
  };
}

/**
 * Turn a failed envelope into messages per form field. The server reports
 * details.issues = [{ path: ['amount'], zh, en }, ...]; error.message_zh repeats the first one.
 */
export type FieldErrors = { fields: Record<string, string>; form: string | null };

type IssueLike = { path?: unknown; zh?: unknown; en?: unknown };

function fieldOf(path: unknown): string | null {
  if (typeof path === 'string') return path;
  if (!Array.isArray(path)) return null;
  const named = path.filter((p): p is string => typeof p === 'string');
  return named.length > 0 ? (named[named.length - 1] ?? null) : null;
}

export function fieldErrors(
  error: ErrorInfo,
  knownFields: readonly string[],
  locale: 'zh-CN' | 'en',
): FieldErrors {
  const message = locale === 'en' ? error.message_en : error.message_zh;
  const details = error.details as { issues?: unknown } | undefined;
  const issues = Array.isArray(details?.issues) ? (details.issues as IssueLike[]) : [];
  const fields: Record<string, string> = {};
  let unplaced = false;
  issues.forEach((issue, i) => {
    const field = fieldOf(issue.path);
    const text =
      i === 0
        ? message
        : String(
            (locale === 'en' ? issue.en : issue.zh) ??
              (locale === 'en' ? error.message_en : error.message_zh),
          );
    if (field !== null && knownFields.includes(field)) {
      fields[field] ??= text;
    } else {
      unplaced = true;
    }
  });
  const form = issues.length === 0 || unplaced || Object.keys(fields).length === 0 ? message : null;
  return { fields, form };
}
