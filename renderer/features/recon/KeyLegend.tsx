import { useI18n } from '../../app/i18n';
import type { MessageKey } from '../../app/i18n';

const KEYS: { keys: string[]; label: MessageKey }[] = [
  { keys: ['←', '→'], label: 'recon.key.prevNext' },
  { keys: ['1', '2', 'Tab'], label: 'recon.key.side' },
  { keys: ['C'], label: 'recon.key.agree' },
  { keys: ['D'], label: 'recon.key.dispute' },
  { keys: ['F'], label: 'recon.key.finding' },
  { keys: ['U'], label: 'recon.key.unlock' },
  { keys: ['P'], label: 'recon.key.presenter' },
  { keys: ['Esc'], label: 'recon.key.escape' },
];

/** The walkthrough keys, always in sight. */
export function KeyLegend() {
  const { t } = useI18n();
  return (
    <dl className="key-legend" data-testid="recon-keys" aria-label={t('recon.keys')}>
      {KEYS.map((k) => (
        <div key={k.label}>
          <dt>
            {k.keys.map((key) => (
              <kbd key={key}>{key}</kbd>
            ))}
          </dt>
          <dd>{t(k.label)}</dd>
        </div>
      ))}
    </dl>
  );
}
