import { useI18n } from '../../i18n';
import { Field } from './fields';
import type { ItemDraft } from './plan-form';

const KIND_KEY = {
  lump: 'settlement.kind.lump',
  instalments: 'settlement.kind.instalments',
  deduction: 'settlement.kind.deduction',
  inKind: 'settlement.kind.inKind',
  thirdParty: 'settlement.kind.thirdParty',
} as const;
export { KIND_KEY };

/** One plan item: the fields its kind needs, in the order a clerk reads them from the agreement. */
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
  const id = (f: string) => `item-${index}-${f}`;
  return (
    <fieldset className="settlement-item" data-testid={`item-${index}`} data-kind={item.kind}>
      <legend>
        {index + 1}. {t(KIND_KEY[item.kind])}
      </legend>
      <div className="record-form__grid">
        {item.kind === 'lump' && (
          <>
            <Field
              label="settlement.f.date"
              type="date"
              value={item.date}
              onChange={(v) => set({ date: v })}
              testId={id('date')}
            />
            <Field
              label="settlement.f.amount"
              value={item.amount}
              onChange={(v) => set({ amount: v })}
              testId={id('amount')}
            />
          </>
        )}
        {item.kind === 'instalments' && (
          <>
            <Field
              label="settlement.f.total"
              value={item.total}
              onChange={(v) => set({ total: v })}
              testId={id('total')}
            />
            <Field
              label="settlement.f.count"
              value={item.count}
              onChange={(v) => set({ count: v })}
              testId={id('count')}
            />
            <Field
              label="settlement.f.firstDate"
              type="date"
              value={item.firstDate}
              onChange={(v) => set({ firstDate: v })}
              testId={id('firstDate')}
            />
            <Field
              label="settlement.f.customDates"
              value={item.dates}
              onChange={(v) => set({ dates: v })}
              testId={id('dates')}
              multiline
              placeholder={t('settlement.f.customDatesHint')}
            />
            <Field
              label="settlement.f.customAmounts"
              value={item.amounts}
              onChange={(v) => set({ amounts: v })}
              testId={id('amounts')}
              multiline
              placeholder={t('settlement.f.customAmountsHint')}
            />
          </>
        )}
        {item.kind === 'deduction' && (
          <>
            <Field
              label="settlement.f.total"
              value={item.total}
              onChange={(v) => set({ total: v })}
              testId={id('total')}
            />
            <Field
              label="settlement.f.perPeriod"
              value={item.perPeriod}
              onChange={(v) => set({ perPeriod: v })}
              testId={id('perPeriod')}
            />
            <Field
              label="settlement.f.firstDate"
              type="date"
              value={item.firstDate}
              onChange={(v) => set({ firstDate: v })}
              testId={id('firstDate')}
            />
            <Field
              label="settlement.f.source"
              value={item.source}
              onChange={(v) => set({ source: v })}
              testId={id('source')}
            />
          </>
        )}
        {item.kind === 'inKind' && (
          <>
            <Field
              label="settlement.f.item"
              value={item.item}
              onChange={(v) => set({ item: v })}
              testId={id('item')}
            />
            <Field
              label="settlement.f.quantity"
              value={item.quantity}
              onChange={(v) => set({ quantity: v })}
              testId={id('quantity')}
            />
            <Field
              label="settlement.f.agreedValue"
              value={item.agreedValue}
              onChange={(v) => set({ agreedValue: v })}
              testId={id('agreedValue')}
            />
            <Field
              label="settlement.f.deliveryDate"
              type="date"
              value={item.deliveryDate}
              onChange={(v) => set({ deliveryDate: v })}
              testId={id('deliveryDate')}
            />
            <div className="field">
              <label htmlFor={id('transferCosts')}>{t('settlement.f.transferCosts')}</label>
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
            </div>
          </>
        )}
        {item.kind === 'thirdParty' && (
          <>
            <Field
              label="settlement.f.payer"
              value={item.payer}
              onChange={(v) => set({ payer: v })}
              testId={id('payer')}
            />
            <Field
              label="settlement.f.payee"
              value={item.payee}
              onChange={(v) => set({ payee: v })}
              testId={id('payee')}
            />
            <Field
              label="settlement.f.amount"
              value={item.amount}
              onChange={(v) => set({ amount: v })}
              testId={id('amount')}
            />
            <Field
              label="settlement.f.date"
              type="date"
              value={item.date}
              onChange={(v) => set({ date: v })}
              testId={id('date')}
            />
            <Field
              label="settlement.f.purpose"
              value={item.purpose}
              onChange={(v) => set({ purpose: v })}
              testId={id('purpose')}
            />
            <label className="check">
              <input
                type="checkbox"
                data-testid={id('counts')}
                checked={item.counts}
                onChange={(e) => set({ counts: e.target.checked })}
              />
              {t('settlement.f.counts')}
            </label>
          </>
        )}
        <Field
          label="settlement.f.note"
          value={item.note}
          onChange={(v) => set({ note: v })}
          testId={id('note')}
        />
      </div>
      <button type="button" className="btn btn--small" data-testid={id('remove')} onClick={onRemove}>
        {t('settlement.removeItem')}
      </button>
    </fieldset>
  );
}
