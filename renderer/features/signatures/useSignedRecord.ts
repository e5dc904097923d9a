import { useCallback, useEffect, useState } from 'react';
import type { Envelope } from '../../../core/platform/api/model';
import { useI18n } from '../../app/i18n';

/**
 * The record a signing page is about (a session, a hearing, a settlement): loaded at once and again
 * whenever `watch` reports that it changed elsewhere. `reload` counts those changes, for the
 * RecordSigning board to reload too; `error` is the page's message, shared with its export. `load` and
 * `watch` must be stable (useCallback) or the record loads on every render.
 */
export function useSignedRecord<T>(
  load: () => Promise<Envelope<T>>,
  watch?: (changed: () => void) => () => void,
) {
  const { locale } = useI18n();
  const [record, setRecord] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);

  const refresh = useCallback(async () => {
    const r = await load();
    if (r.ok) setRecord(r.value);
    else setError(locale === 'en' ? r.error.message_en : r.error.message_zh);
  }, [load, locale]);

  useEffect(() => {
    void refresh();
  }, [refresh]);
  useEffect(
    () =>
      watch?.(() => {
        void refresh();
        setReload((n) => n + 1);
      }),
    [watch, refresh],
  );

  return { record, error, setError, reload, refresh };
}
