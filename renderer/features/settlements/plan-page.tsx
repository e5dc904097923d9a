import type { ReactNode } from 'react';
import { useI18n } from '../../app/i18n';
import type { MessageKey } from '../../app/i18n';
import { RevealChoice } from '../documents/RevealChoice';
import { Panel } from './fields';

/** What the settlement and distribution pages share: their head, the saved list, the document actions. */

export function PageHead({
  back,
  title,
  subtitle,
  children,
}: {
  back: { href: string; testId: string; text: string };
  title: MessageKey;
  subtitle: MessageKey;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <>
      <nav className="crumbs">
        <a href={back.href} data-testid={back.testId}>
          ← {back.text}
        </a>
      </nav>
      <div className="page__title">
        <div>
          <h1>{t(title)}</h1>
          <p className="subtitle">{t(subtitle)}</p>
        </div>
        {children && <div className="toolbar">{children}</div>}
      </div>
    </>
  );
}

/** The saved plans of the case: each opens in the editor; `extra` says what follows its title. */
export function SavedList<T extends { id: number; title: string }>({
  heading,
  testId,
  items,
  onOpen,
  openTestId,
  empty,
  extra,
  newLabel,
  newTestId,
  onNew,
}: {
  heading: MessageKey;
  testId: string;
  items: readonly T[];
  onOpen: (id: number) => void;
  openTestId?: (id: number) => string;
  /** said instead of an empty list, if given */
  empty?: MessageKey;
  extra: (item: T) => ReactNode;
  newLabel: MessageKey;
  newTestId?: string;
  onNew: () => void;
}) {
  const { t } = useI18n();
  return (
    <Panel title={heading} testId={testId}>
      {empty && items.length === 0 ? (
        <p className="muted">{t(empty)}</p>
      ) : (
        <ul className="settlement-list">
          {items.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                className="btn btn--link"
                data-testid={openTestId?.(item.id)}
                onClick={() => onOpen(item.id)}
              >
                {item.title || t('settlement.untitled')}
              </button>{' '}
              {extra(item)}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="btn" data-testid={newTestId} onClick={onNew}>
        {t(newLabel)}
      </button>
    </Panel>
  );
}

/**
 * The plan's buttons: save (the form's submit), and once saved, export (with the one-document privacy
 * choice) and delete; `before` stands ahead of the export, `children` between the choice and delete.
 */
export function PlanActions({
  prefix,
  plan,
  exportLabel,
  onExport,
  onDelete,
  before,
  children,
}: {
  prefix: string;
  /** the page's plan state: saved once the draft has an id; the privacy choice */
  plan: { draft: { id: number | null }; reveal: boolean; setReveal: (checked: boolean) => void };
  exportLabel: MessageKey;
  onExport: () => void;
  onDelete: () => void;
  before?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const save = (
    <button type="submit" className="btn btn--primary" data-testid={`${prefix}-save`}>
      {t('settlement.save')}
    </button>
  );
  if (plan.draft.id === null) return save;
  return (
    <>
      {save}
      {before}
      <button type="button" className="btn" data-testid={`${prefix}-export`} onClick={onExport}>
        {t(exportLabel)}
      </button>
      <RevealChoice checked={plan.reveal} onChange={plan.setReveal} testId={`${prefix}-reveal`} />
      {children}
      <button type="button" className="btn btn--danger" data-testid={`${prefix}-delete`} onClick={onDelete}>
        {t('common.delete')}
      </button>
    </>
  );
}

/** The plan's form: Enter in a field or the save button submits it, without leaving the page. */
export function SaveForm({ onSave, children }: { onSave: () => void; children: ReactNode }) {
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      {children}
    </form>
  );
}
