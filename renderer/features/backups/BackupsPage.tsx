import { useState } from 'react';
import type {
  BackupListItem,
  BackupRestoreView,
  BackupStatusView,
} from '../../../core/features/backups/model';
import { RESTORE_WORD } from '../../../core/features/backups/model';
import { api } from '../../app/api/client';
import { useI18n } from '../../app/i18n';
import type { MessageKey } from '../../app/i18n';
import { formatTimestamp } from '../../ui/lib/dates';
import { hrefFor } from '../../app/route';
import { useErrorText } from '../../ui/Feedback';
import { useCall } from '../../ui/useCall';
import { useQuery } from '../../ui/useQuery';
import './backups.css';

/**
 * Backups and restore. The list of backups (time, kind, cases, size), a manual backup now,
 * and a restore behind a confirmation box that says what happens and asks for a typed word. In
 * recovery mode (the database was refused at start) the same page is the whole app, with the reason.
 */

const KIND_KEYS: Record<BackupListItem['kind'], MessageKey> = {
  auto: 'reliability.kind.auto',
  manual: 'reliability.kind.manual',
  'pre-restore': 'reliability.kind.preRestore',
};

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

type Props = {
  /** set in recovery mode: why the database was refused */
  problem?: BackupStatusView['problem'];
  /** called when the user leaves the page after a restore (the app leaves recovery mode) */
  onRestored?: (view: BackupRestoreView) => void;
};

export function BackupsPage({ problem = null, onRestored }: Props) {
  const { t } = useI18n();
  const message = useErrorText();
  const list = useQuery('backup.list', {});
  const call = useCall();
  const [notice, setNotice] = useState<string | null>(null);
  const [chosen, setChosen] = useState<BackupListItem | null>(null);
  const [word, setWord] = useState('');
  const [restored, setRestored] = useState<BackupRestoreView | null>(null);
  const items = list.data;
  const busy = call.pending;
  const error = call.errorText ?? list.errorText;

  const createNow = async () => {
    call.clear();
    setNotice(null);
    const res = await call.run(() => api.call('backup.create', {}));
    if (!res.ok) return;
    setNotice(t('reliability.created', { time: formatTimestamp(res.value.at) }));
    await list.reload();
  };

  const cancel = () => {
    setChosen(null);
    setWord('');
  };

  const restore = async () => {
    if (!chosen) return;
    call.clear();
    setNotice(null);
    const res = await call.run(() => api.call('backup.restore', { name: chosen.name, confirm: word }));
    if (!res.ok) return;
    cancel();
    setRestored(res.value);
    await list.reload();
  };

  return (
    <div className="page backups-page" data-testid="backups-page">
      <div className="page__title">
        <div>
          <h1>{problem && !restored ? t('reliability.recoveryHeading') : t('reliability.heading')}</h1>
          <p className="subtitle">{t('reliability.intro')}</p>
        </div>
        {!problem && (
          <button
            type="button"
            className="btn btn--primary"
            data-testid="backup-create"
            disabled={busy}
            onClick={() => void createNow()}
          >
            {t('reliability.createNow')}
          </button>
        )}
      </div>

      {problem && !restored && (
        <div className="form-error backups-problem" role="alert" data-testid="recovery-problem">
          <p>
            <strong>{t('reliability.recoveryLead')}</strong>
          </p>
          <p>{message(problem)}</p>
          <p>{t('reliability.recoveryUntouched')}</p>
        </div>
      )}

      {error && (
        <div className="form-error" role="alert" data-testid="backups-error">
          {error}
        </div>
      )}
      {notice && (
        <p className="notice" role="status" data-testid="backups-notice">
          {notice}
        </p>
      )}
      {restored && (
        <div className="notice" role="status" data-testid="backups-restored">
          <p>
            {t('reliability.restored', {
              time: formatTimestamp(restored.at),
              cases: restored.cases,
            })}
          </p>
          {restored.safetyBackup && <p>{t('reliability.restoredSafety', { name: restored.safetyBackup })}</p>}
          {restored.refusedCopy && <p>{t('reliability.restoredRefused', { path: restored.refusedCopy })}</p>}
          <p>{restored.audit.ok ? t('reliability.auditOk') : message(restored.audit)}</p>
          <a
            href={hrefFor({ name: 'cases' })}
            data-testid="backups-to-cases"
            onClick={() => onRestored?.(restored)}
          >
            {t('reliability.toCases')}
          </a>
        </div>
      )}

      {chosen && (
        <div
          className="confirm-box backups-confirm"
          role="alertdialog"
          aria-labelledby="restore-question"
          aria-describedby="restore-explain"
          data-testid="restore-dialog"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              cancel();
            }
          }}
        >
          <p id="restore-question">
            <strong>
              {t('reliability.confirmQuestion', {
                time: formatTimestamp(chosen.at),
                cases: chosen.cases ?? '?',
              })}
            </strong>
          </p>
          <ul id="restore-explain" className="backups-confirm__steps">
            <li>{problem ? t('reliability.confirmStepRefused') : t('reliability.confirmStepSafety')}</li>
            <li>{t('reliability.confirmStepReplace')}</li>
            <li>{t('reliability.confirmStepLost')}</li>
            <li>{t('reliability.confirmStepAudit')}</li>
          </ul>
          <form
            className="backups-confirm__form"
            onSubmit={(e) => {
              e.preventDefault();
              if (word.trim() === RESTORE_WORD) void restore();
            }}
          >
            <label htmlFor="restore-word">{t('reliability.confirmType', { word: RESTORE_WORD })}</label>
            <input
              id="restore-word"
              autoFocus
              autoComplete="off"
              value={word}
              data-testid="restore-word"
              onChange={(e) => setWord(e.target.value)}
            />
            <button
              type="submit"
              className="btn btn--danger"
              data-testid="restore-confirm"
              disabled={busy || word.trim() !== RESTORE_WORD}
            >
              {t('reliability.confirmRestore')}
            </button>
            <button type="button" className="btn" data-testid="restore-cancel" onClick={cancel}>
              {t('common.cancel')}
            </button>
            <span className="hint">{t('reliability.confirmKeys')}</span>
          </form>
        </div>
      )}

      <section className="panel" aria-labelledby="backups-list-heading">
        <header className="panel__header">
          <h2 id="backups-list-heading">{t('reliability.listHeading')}</h2>
        </header>
        {items === null ? (
          <p className="muted">{t('common.loading')}</p>
        ) : items.length === 0 ? (
          <p className="muted" data-testid="backups-empty">
            {t('reliability.none')}
          </p>
        ) : (
          <div className="table-wrap">
            <table className="grid backups-table" data-testid="backups-table">
              <thead>
                <tr>
                  <th scope="col">{t('reliability.col.time')}</th>
                  <th scope="col">{t('reliability.col.kind')}</th>
                  <th scope="col" className="num">
                    {t('reliability.col.cases')}
                  </th>
                  <th scope="col" className="num">
                    {t('reliability.col.size')}
                  </th>
                  <th scope="col">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((b) => (
                  <tr key={b.name} data-testid="backup-row" data-name={b.name} data-kind={b.kind}>
                    <td className="mono" title={b.name}>
                      {formatTimestamp(b.at)}
                    </td>
                    <td>
                      <span className={`badge backups-kind backups-kind--${b.kind}`}>
                        {t(KIND_KEYS[b.kind])}
                      </span>
                    </td>
                    <td className="num" data-col="cases">
                      {b.cases ?? '—'}
                    </td>
                    <td className="num">{formatSize(b.size)}</td>
                    <td>
                      {b.usable ? (
                        <button
                          type="button"
                          className="btn btn--small"
                          data-testid="backup-restore"
                          disabled={busy}
                          onClick={() => {
                            setNotice(null);
                            call.clear();
                            setWord('');
                            setChosen(b);
                          }}
                        >
                          {t('reliability.restore')}
                        </button>
                      ) : (
                        <span className="muted">{t('reliability.unusable')}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
