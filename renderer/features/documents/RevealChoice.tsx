import { useId } from 'react';
import { useI18n } from '../../app/i18n';
import './documents.css';

/**
 * The per-document privacy choice: unchecked = identity and phone numbers masked in the
 * exported document. Any export button that prints party details puts this beside it and sends
 * `reveal: checked`; the host records the choice in the export's audit row.
 */
export function RevealChoice({
  checked,
  onChange,
  testId = 'reveal-identity',
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId?: string;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <label className="reveal-choice" htmlFor={id} title={t('reliability.revealHint')}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        data-testid={testId}
        onChange={(e) => onChange(e.target.checked)}
      />{' '}
      {t('reliability.reveal')}
    </label>
  );
}
