import { useEffect, useState } from 'react';
import type { DocumentExport } from '../../../core/features/documents/model';
import type { InputOf } from '../../../core/platform/api/contract';
import type { Envelope, ErrorInfo } from '../../../core/platform/api/model';
import { useErrorText } from '../../ui/Feedback';
import { useQuery } from '../../ui/useQuery';
import { useI18n } from '../../app/i18n';
import { downloadPdf } from '../signatures/pdf';
import type { TextKey } from './fields';

type Message = (e: ErrorInfo) => string;

/**
 * The server's answer to a draft as it is typed: asked 200 ms after the last change (a new `call`),
 * an answer that arrives after a newer change is dropped. The renderer only shows what it is told.
 */
export function useLiveAnswer<T>(call: () => Promise<Envelope<T>>, message: Message) {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      void call().then((r) => {
        if (!live) return;
        if (r.ok) {
          setValue(r.value);
          setError(null);
        } else setError(message(r.error));
      });
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [call, message]);
  return { value, error };
}

/** A button's question to the server: the last answer, or the failure's message. */
export function useAnswer<T>(message: Message) {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (call: () => Promise<Envelope<T>>) => {
    const r = await call();
    if (r.ok) {
      setValue(r.value);
      setError(null);
    } else setError(message(r.error));
  };
  return { value, error, run };
}

type ListMethod = 'settlements.list' | 'distribution.list';

/**
 * A plan page's state: the case's saved plans (`listMethod`), the draft in the editor with its patch and
 * text setters, the page's error and notice lines, the one-document privacy choice, and what follows a
 * save, a delete and an export.
 */
export function usePlanState<D extends object, M extends ListMethod>(
  initial: () => D,
  listMethod: M,
  caseId: number,
) {
  const saved = useQuery(listMethod, { caseId } as InputOf<M>);
  const list = saved.data ?? [];
  const loadList = saved.reload;
  const [draft, setDraft] = useState<D>(initial);
  const [ownError, setError] = useState<string | null>(null);
  const error = ownError ?? saved.errorText;
  const [notice, setNotice] = useState<string | null>(null);
  const message = useErrorText();
  const set = (patch: Partial<D>) => setDraft((d) => ({ ...d, ...patch }));
  const setText = (key: TextKey<D>, v: string) => set({ [key]: v } as Partial<D>);
  const { t } = useI18n();
  const [reveal, setReveal] = useState(false);

  /** The failure's message, or the saved plan applied to the editor, 已保存 and the list again. */
  const afterSave = <T>(r: Envelope<T>, apply: (saved: T) => void) => {
    if (!r.ok) return setError(message(r.error));
    setError(null);
    apply(r.value);
    setNotice(t('settlement.saved'));
    void loadList();
  };
  /** The failure's message, or `next` in the editor and the list again. */
  const afterDelete = (r: Envelope<unknown>, next: D) => {
    if (!r.ok) return setError(message(r.error));
    setDraft(next);
    void loadList();
  };
  /** The privacy choice reset (it holds for one document only); the failure, or the PDF offered. */
  const afterExport = (r: Envelope<DocumentExport>) => {
    setReveal(false);
    if (!r.ok) return setError(message(r.error));
    downloadPdf(r.value.fileName, r.value.base64);
    setNotice(t('settlement.exported', { file: r.value.fileName, n: r.value.pages }));
  };

  return {
    ...{ list, loadList, draft, setDraft, set, setText },
    ...{ error, setError, notice, setNotice, message },
    ...{ reveal, setReveal, afterSave, afterDelete, afterExport },
  };
}
