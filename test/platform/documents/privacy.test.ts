import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  disclose,
  disclosureAudit,
  documentParty,
  maskIdentifier,
} from '../../../core/platform/documents/privacy';

describe('document privacy helpers', () => {
  it('maskIdentifier keeps the first three and last four, whatever the format', () => {
    expect(maskIdentifier('110101199003071234')).toBe('110***********1234');
    expect(maskIdentifier('11010119900307123X')).toBe('110***********123X');
    expect(maskIdentifier('13900001111')).toBe('139****1111');
    expect(maskIdentifier('91110000MA01ABCD2X')).toBe('911***********CD2X');
    expect(maskIdentifier('E12345678')).toBe('E12**5678');
    expect(maskIdentifier('0451-8')).toBe('******');
    expect(maskIdentifier('  ')).toBe('');
  });

  it('documentParty masks identifiers and numbers inside text, or returns the party untouched', () => {
    const party = {
      role: 'respondent' as const,
      name: '张某某',
      representative: '代理人李某 13812345678',
      idNumber: '110101199003071234',
      phone: '0451-82345678',
      address: '黑河市某路 1 号',
    };
    expect(documentParty(party, false)).toEqual({
      role: 'respondent',
      name: '张某某',
      representative: '代理人李某 138****5678',
      idNumber: '110***********1234',
      phone: '045******5678',
      address: '黑河市某路 1 号',
    });
    expect(documentParty(party, true)).toBe(party);
    expect(documentParty({ name: '某公司' }, false)).toEqual({ name: '某公司' });
  });

  it('disclose masks only when not revealed; the audit note says which', () => {
    expect(disclose('电话 13900001111', false)).toBe('电话 139****1111');
    expect(disclose('电话 13900001111', true)).toBe('电话 13900001111');
    expect(disclosureAudit(false)).toEqual({ masked: true });
    expect(disclosureAudit(true)).toEqual({ masked: false });
  });

  it('a masked identifier never contains the hidden middle and keeps its length', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Z]{8,20}$/), (id) => {
        const masked = maskIdentifier(id);
        expect(masked).toHaveLength(id.length);
        expect(masked.slice(3, -4)).toMatch(/^\*+$/);
        expect(masked.slice(0, 3) + masked.slice(-4)).toBe(id.slice(0, 3) + id.slice(-4));
      }),
    );
  });
});
