import { useEffect, useRef } from 'react';
import type { SessionEntryView } from '../../../core/features/recon/model';
import { Amount } from '../../ui/Amount';
import { useI18n } from '../../app/i18n';
import { STATUS_KEYS } from './recon';
import { EntryTitle, LockIcon } from './bits';

/** The left column: every entry with its status badge; the current one is marked and kept in view. */
export function EntryList({
  entries,
  cursor,
  onPick,
}: {
  entries: SessionEntryView[];
  cursor: number;
  onPick?: (index: number) => void;
}) {
  const { t } = useI18n();
  const current = useRef<HTMLLIElement | null>(null);
  const box = useRef<HTMLElement | null>(null);
  // Keep the current entry in view inside the list only (scrollIntoView would scroll the page too).
  useEffect(() => {
    const list = box.current;
    const item = current.current;
    if (!list || !item) return;
    const outer = list.getBoundingClientRect();
    const inner = item.getBoundingClientRect();
    if (inner.top < outer.top) list.scrollTop -= outer.top - inner.top;
    else if (inner.bottom > outer.bottom) list.scrollTop += inner.bottom - outer.bottom;
  }, [cursor]);

  return (
    <nav ref={box} className="entry-list" aria-label={t('recon.entries')}>
      <ol data-testid="recon-entries">
        {entries.map((e) => (
          <li
            key={e.key}
            ref={e.index === cursor ? current : undefined}
            className={`entry-list__item${e.index === cursor ? ' entry-list__item--current' : ''}`}
            aria-current={e.index === cursor ? 'step' : undefined}
            data-testid="recon-entry"
            data-key={e.key}
            data-status={e.status}
            data-locked={e.locked}
          >
            <button type="button" tabIndex={-1} onClick={() => onPick?.(e.index)} disabled={!onPick}>
              <span className="entry-list__n">{e.index + 1}</span>
              <span className="entry-list__name">
                <EntryTitle entry={e} short />
              </span>
              <span className="entry-list__amount">
                <Amount value={e.payment?.amount ?? amountOf(e)} />
              </span>
              <span className={`status status--${e.status}`} data-testid="recon-entry-status">
                {e.locked && <LockIcon />}
                {t(STATUS_KEYS[e.status])}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function amountOf(e: SessionEntryView): string | null {
  if (e.kind === 'balance') return e.balances?.total ?? null;
  if (e.kind === 'period') return e.period?.amount ?? null;
  const o = e.obligation;
  return o && 'amount' in o ? o.amount : null;
}
