import type { ReactNode } from 'react';

/** A form cell: the label bound to its control by id; `wide` spans the grid's row. */
export function LabelledField({
  id,
  label,
  wide,
  children,
}: {
  id: string;
  label: string;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={`field${wide ? ' field--wide' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}
