import type { PlanItemKind } from '../../../core/features/settlements/model/views';
import { LabelledField } from '../../ui/LabelledField';
import { useI18n } from '../../app/i18n';
import type { MessageKey } from '../../app/i18n';
import { FieldList, type FieldSpec, type TextKey } from './fields';
import type { ItemDraft } from './plan-form';

const KIND_KEY = {
  lump: 'settlement.kind.lump',
  instalments: 'settlement.kind.instalments',
  deduction: 'settlement.kind.deduction',
  inKind: 'settlement.kind.inKind',
  thirdParty: 'settlement.kind.thirdParty',
} as const;
export { KIND_KEY };

type Key = TextKey<ItemDraft>;
type Spec = FieldSpec<Key>;
/** The keys whose label is simply settlement.f.<key>. */
type Plain = { [K in Key]: `settlement.f.${K}` extends MessageKey ? K : never }[Key];
const date = (key: Plain): Spec => ({ key, label: `settlement.f.${key}`, type: 'date' });
const text = (key: Plain): Spec => ({ key, label: `settlement.f.${key}` });

/** The fields each kind needs, in the order a clerk reads them from the agreement. */
const KIND_FIELDS: Record<PlanItemKind, readonly Spec[]> = {
  lump: [date('date'), text('amount')],
  instalments: [
    text('total'),
    text('count'),
    date('firstDate'),
    {
      key: 'dates',
      label: 'settlement.f.customDates',
      multiline: true,
      placeholder: 'settlement.f.customDatesHint',
    },
    {
      key: 'amounts',
      label: 'settlement.f.customAmounts',
      multiline: true,
      placeholder: 'settlement.f.customAmountsHint',
    },
  ],
  deduction: [text('total'), text('perPeriod'), date('firstDate'), text('source')],
  inKind: [text('item'), text('quantity'), text('agreedValue'), date('deliveryDate')],
  thirdParty: [text('payer'), text('payee'), text('amount'), date('date'), text('purpose')],
};
const NOTE: readonly Spec[] = [text('note')];

/** One plan item: the fields of its kind, then (for some kinds) a choice, then the note. */
export function ItemEditor({
  index,
  item,
  onChange,
  onRemove,
}: {
  index: number;
  item: ItemDraft;
  onChange: (d: ItemDraft) => void;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  const set = (patch: Partial<ItemDraft>) => onChange({ ...item, ...patch });
  const setText = (key: Key, v: string) => set({ [key]: v });
  const id = (f: string) => `item-${index}-${f}`;
  const prefix = id('');
  return (
    <fieldset className="settlement-item" data-testid={`item-${index}`} data-kind={item.kind}>
      <legend>
        {index + 1}. {t(KIND_KEY[item.kind])}
      </legend>
      <div className="record-form__grid">
        <FieldList specs={KIND_FIELDS[item.kind]} values={item} onChange={setText} prefix={prefix} />
        {item.kind === 'inKind' && (
          <LabelledField id={id('transferCosts')} label={t('settlement.f.transferCosts')}>
            <select
              id={id('transferCosts')}
              data-testid={id('transferCosts')}
              value={item.transferCosts}
              onChange={(e) => set({ transferCosts: e.target.value as ItemDraft['transferCosts'] })}
            >
              <option value="debtor">{t('settlement.bearer.debtor')}</option>
              <option value="creditor">{t('settlement.bearer.creditor')}</option>
              <option value="shared">{t('settlement.bearer.shared')}</option>
            </select>
          </LabelledField>
        )}
        {item.kind === 'thirdParty' && (
          <label className="check">
            <input
              type="checkbox"
              data-testid={id('counts')}
              checked={item.counts}
              onChange={(e) => set({ counts: e.target.checked })}
            />
            {t('settlement.f.counts')}
          </label>
        )}
        <FieldList specs={NOTE} values={item} onChange={setText} prefix={prefix} />
      </div>
      <button type="button" className="btn btn--small" data-testid={id('remove')} onClick={onRemove}>
        {t('settlement.removeItem')}
      </button>
    </fieldset>
  );
}
