import { useEffect, useState, type FormEvent } from 'react';
import type { AuditBannerView } from '../../../core/features/backups/model';
import { api } from '../../app/api/client';
import { useI18n } from '../../app/i18n';
import './backups.css';

/**
 * On every page while the check made at start (audit chain, data against the log, head file) has found
 * something, until a named person acknowledges it; the acknowledgement is an audit row.
 */
export function IntegrityBanner() {
  const { t, locale } = useI18n();
  const [view, setView] = useState<AuditBannerView | null>(null);
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void api.call('audit.banner', {}).then((res) => {
      if (live && res.ok) setView(res.value);
    });
    return () => {
      live = false;
    };
  }, []);

  if (!view?.show) return null;
  const say = (m: { message_zh: string; message_en: string }) =>
    locale === 'en' ? m.message_en : m.message_zh;

  async function acknowledge(e: FormEvent) {
    e.preventDefault();
    if (name.trim() === '') {
      setError(t('integrity.nameRequired'));
      return;
    }
    const res = await api.call('audit.acknowledge', { name: name.trim(), note });
    if (res.ok) setView(res.value);
    else setError(say(res.error));
  }

  return (
    <section className="integrity-banner" role="alert" data-testid="integrity-banner">
      <h2>{t('integrity.title')}</h2>
      <p>{t('integrity.lead')}</p>
      <p data-testid="integrity-message">{say(view)}</p>
      <ul>
        {view.findings.map((f, i) => (
          <li key={i} data-testid="integrity-finding">
            {say(f)}
          </li>
        ))}
      </ul>
      {view.findingCount > view.findings.length && <p>{t('integrity.more', { n: view.findingCount })}</p>}
      <form className="integrity-banner__form" onSubmit={(e) => void acknowledge(e)}>
        <label>
          {t('integrity.name')}{' '}
          <input value={name} onChange={(e) => setName(e.target.value)} data-testid="integrity-name" />
        </label>
        <label>
          {t('integrity.note')}{' '}
          <input value={note} onChange={(e) => setNote(e.target.value)} data-testid="integrity-note" />
        </label>
        <button type="submit" className="btn" data-testid="integrity-acknowledge">
          {t('integrity.acknowledge')}
        </button>
        {error && (
          <span role="status" className="integrity-banner__error">
            {error}
          </span>
        )}
      </form>
    </section>
  );
}
