import { useCallback } from 'react';
import { useI18n } from '../i18n';

/** A failed call's message in the reader's language. */
export function useErrorText(): (e: { message_zh: string; message_en: string }) => string {
  const { locale } = useI18n();
  return useCallback((e) => (locale === 'en' ? e.message_en : e.message_zh), [locale]);
}

/** The red line under a form when a call failed; nothing when there is no message. */
export function FormError({ text, testId }: { text: string | null; testId?: string }) {
  if (!text) return null;
  return (
    <div className="form-error" role="alert" data-testid={testId}>
      {text}
    </div>
  );
}

/** The quiet line that says what was just done; nothing when there is no message. */
export function Notice({ text, testId }: { text: string | null; testId?: string }) {
  if (!text) return null;
  return (
    <div className="notice" role="status" data-testid={testId}>
      {text}
    </div>
  );
}
