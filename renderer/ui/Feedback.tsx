import { useCallback } from 'react';
import { useI18n } from '../app/i18n';

/** A failed call's message in the reader's language. */
export function useErrorText(): (e: { message_zh: string; message_en: string }) => string {
  const { locale } = useI18n();
  return useCallback((e) => (locale === 'en' ? e.message_en : e.message_zh), [locale]);
}

type LineProps = { text: string | null; testId?: string };

function Line({
  text,
  testId,
  className,
  role,
}: LineProps & { className: string; role: 'alert' | 'status' }) {
  if (!text) return null;
  return (
    <div className={className} role={role} data-testid={testId}>
      {text}
    </div>
  );
}

/** The red line under a form when a call failed; nothing when there is no message. */
export const FormError = (p: LineProps) => <Line {...p} className="form-error" role="alert" />;

/** The quiet line that says what was just done; nothing when there is no message. */
export const Notice = (p: LineProps) => <Line {...p} className="notice" role="status" />;
