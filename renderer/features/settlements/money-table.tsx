import type { ReactNode } from 'react';
import { Amount } from '../../ui/Amount';
import { useI18n } from '../../app/i18n';
import type { MessageKey } from '../../app/i18n';

/** A column heading of the settlement tables: `num` right-aligns a figure's column; null is a blank one. */
export type Column = MessageKey | { num: MessageKey } | null;

/** A money table in its scrolling wrap: the heading row from `columns`, the rows, an optional foot. */
export function MoneyTable({
  columns,
  testId,
  className,
  foot,
  children,
}: {
  columns: readonly Column[];
  testId?: string;
  className?: string;
  foot?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="table-wrap">
      <table className={`money-table${className ? ` ${className}` : ''}`} data-testid={testId}>
        <thead>
          <HeadRow columns={columns} />
        </thead>
        <tbody>{children}</tbody>
        {foot && <tfoot>{foot}</tfoot>}
      </table>
    </div>
  );
}

/** The first columns of a plan's schedule row: sequence, date, item, amount. */
export const PLAN_ROW: readonly Column[] = [
  'settlement.col.seq',
  'settlement.col.date',
  'settlement.col.item',
  { num: 'settlement.col.amount' },
];

/** The cells under PLAN_ROW; `note` follows the item's label. */
export function PlanRowCells({
  row,
  note,
}: {
  row: { seq: number; date: string; label: { zh: string; en: string }; amount: string };
  note?: ReactNode;
}) {
  const { locale } = useI18n();
  return (
    <>
      <td>{row.seq}</td>
      <td>{row.date}</td>
      <td>
        {locale === 'en' ? row.label.en : row.label.zh}
        {note}
      </td>
      <AmountCell value={row.amount} />
    </>
  );
}

/** The heading row of a money table, one cell a column in order. */
function HeadRow({ columns }: { columns: readonly Column[] }) {
  const { t } = useI18n();
  return (
    <tr>
      {columns.map((c, i) =>
        c === null ? (
          <th key={i} />
        ) : typeof c === 'string' ? (
          <th key={i}>{t(c)}</th>
        ) : (
          <th key={i} className="num">
            {t(c.num)}
          </th>
        ),
      )}
    </tr>
  );
}

/** A right-aligned money cell of the settlement tables. */
export function AmountCell({ value, testId }: { value: string; testId?: string }) {
  return (
    <td className="num">
      <Amount value={value} testId={testId} />
    </td>
  );
}
