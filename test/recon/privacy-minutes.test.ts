import { describe, expect, it } from 'vitest';
import { discloseReconMinutes } from '../../core/features/recon/document-privacy';
import type { ReconMinutesInput } from '../../core/features/recon/document';

const input: ReconMinutesInput = {
  court: '示例市第一人民法院',
  caseNumber: '(2020)E2执2号',
  date: '2026-01-21',
  draft: false,
  asOf: '2026-01-21',
  participants: [{ role: '被执行人', name: '张某某（身份证 110101199003071234）' }],
  entries: [
    {
      subject: '2020-04-19到位款项30,000.00元',
      status: '有争议',
      positions: [{ side: '被执行人', text: '有异议。陈述：请打 13912345678 核实', at: '2026-01-21 16:00' }],
      finding: { text: '维持账面记载。理由：经电话 13800001111 核实', at: '2026-01-21 16:10' },
    },
  ],
  totals: { record: '73955.00', creditor: '73955.00', debtor: '73860.50', court: '73955.00' },
  disputes: [],
  outcome: null,
  signers: [
    {
      role: '被执行人',
      name: '张某某（身份证 110101199003071234）',
      everyPage: true,
      status: 'refused',
      reason: '电话 13912345678 未接通',
    },
  ],
};

describe('discloseReconMinutes', () => {
  it('masks the numbers in names, statements, findings and refusals; leaves amounts and subjects alone', () => {
    const out = discloseReconMinutes(input, false);
    expect(out.participants[0]!.name).toBe('张某某（身份证 110***********1234）');
    expect(out.signers[0]!.name).toBe('张某某（身份证 110***********1234）');
    expect(out.entries[0]!.positions[0]!.text).toBe('有异议。陈述：请打 139****5678 核实');
    expect(out.entries[0]!.finding!.text).toBe('维持账面记载。理由：经电话 138****1111 核实');
    expect(out.signers[0]!.reason).toBe('电话 139****5678 未接通');
    expect(out.entries[0]!.subject).toBe(input.entries[0]!.subject);
    expect(out.totals).toEqual(input.totals);
  });

  it('shows everything when chosen', () => {
    expect(discloseReconMinutes(input, true)).toEqual(input);
  });
});
