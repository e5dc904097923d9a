import type { Decimal } from '../money/decimal';
import { fromDayNumber } from '../money/dates';
import { render, type Text, type Vars } from '../text';
import type { TraceStep } from './types';

/** Collects the readable steps; the same list feeds the screen, the PDF statement and the CLI. */
export class Trace {
  readonly steps: TraceStep[] = [];

  /** A step worded by a catalogue entry (messages.ts) with its variables; the formula is notation. */
  add(entry: Text, vars: Vars, formula: string, court?: string): number {
    const step = this.steps.length + 1;
    const { zh, en } = render(entry, vars);
    this.steps.push(court === undefined ? { step, zh, en, formula } : { step, zh, en, formula, court });
    return step;
  }
}

export const money = (d: Decimal): string => d.toFixed(2);
export const iso = fromDayNumber;
export const span = (a: number, b: number): string => `(${iso(a)}, ${iso(b)}]`;
