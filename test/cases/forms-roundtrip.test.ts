import { describe, expect, it } from 'vitest';
import { EMPTY_OBLIGATION, obligationFields, obligationValues } from '../../renderer/features/cases/forms';
import type { Obligation } from '../../core/features/cases/model';
import { normalizeDateInput } from '../../core/lib/money/input';

/** The judgment's wording goes in, is stored as the engine reads it, and comes back as typed. */
const stored = (fields: ReturnType<typeof obligationFields>): Obligation =>
  ({ id: 1, caseId: 1, code: 'I', position: 1, ...fields }) as Obligation;

describe('the obligation form round trip', () => {
  it('「自 2006年7月1日 起」 is stored as from = 2006-06-30 and reads back as 2006-07-01', () => {
    const typed = {
      ...EMPTY_OBLIGATION,
      kind: 'interestRunning',
      code: 'I',
      base: 'P',
      rateForm: 'annualPct',
      annual: '6',
      from: normalizeDateInput('2006年7月1日'),
    };
    const fields = obligationFields(typed);
    expect(fields.from).toBe('2006-06-30');
    expect(fields.schedule).toEqual({
      type: 'fixed',
      annual: '0.06',
      stated: { form: 'annualPct', value: '6' },
    });
    const back = obligationValues(stored(fields));
    expect(back.from).toBe('2006-07-01');
    expect(back.annual).toBe('6');
    expect(back.rateForm).toBe('annualPct');
  });

  it.each([
    ['monthlyPct', '1.5', {}, { type: 'fixed', annual: '0.18' }],
    ['dailyPerMyriad', '1.75', {}, { type: 'fixed', annual: '0.063' }],
    ['lprTimes', '1.5', { lprTerm: 'lpr5y' }, { type: 'lpr5y', multiplier: '1.5' }],
    ['lprPlusBp', '50', {}, { type: 'lpr1y', addBp: '50' }],
    ['benchmark', '1', { band: '6m1y' }, { type: 'benchmark', band: '6m1y' }],
    ['benchmark', '1', { band: 'thenLpr' }, { type: 'benchmarkThenLpr' }],
  ] as const)('%s %s comes back as typed', (form, value, extra, schedule) => {
    const typed = {
      ...EMPTY_OBLIGATION,
      kind: 'interestRunning',
      base: 'P',
      from: '2020-01-01',
      rateForm: form,
      annual: value,
      ...extra,
    };
    const fields = obligationFields(typed);
    expect(fields.schedule).toEqual({ ...schedule, stated: { form, value } });
    const back = obligationValues(stored(fields));
    expect([back.rateForm, back.annual, back.from]).toEqual([form, value, '2020-01-01']);
    if ('band' in extra) expect(back.band).toBe(extra.band);
    if ('lprTerm' in extra) expect(back.lprTerm).toBe(extra.lprTerm);
  });

  it('an older record with a bare fraction reads as 年利率 %, never as a fraction', () => {
    const back = obligationValues(
      stored({
        ...obligationFields({ ...EMPTY_OBLIGATION, kind: 'interestRunning' }),
        schedule: { type: 'fixed', annual: '0.0435' },
      }),
    );
    expect([back.rateForm, back.annual]).toEqual(['annualPct', '4.35']);
  });
});
