import { describe, expect, it } from 'vitest';
import { maskDeep, maskSensitive } from '../../../core/hearing/presenter';

describe('masking for the wall', () => {
  it.each([
    ['身份证号 23010219800101123X', '身份证号 230***********123X'],
    ['身份证号 230102198001011234。', '身份证号 230***********1234。'],
    ['电话 13912345678', '电话 139****5678'],
    ['旧身份证 230102800101123', '旧身份证 230********1123'],
    ['座机 0451-86001234', '座机 0451-********'],
  ])('%s → %s', (raw, masked) => expect(maskSensitive(raw)).toBe(masked));

  it('leaves amounts, dates and case numbers alone', () => {
    const text =
      '(2006)示1084执123号 2020-04-19 付款 30000.00 元，13912345678.00 元，830000.00 × 0.000175 × 100 = 14525.00';
    expect(maskSensitive(text)).toBe(text);
  });

  it('masks every string in a payload', () => {
    expect(
      maskDeep({ parties: [{ name: '张某某', id: '230102198001011234', phone: '13912345678' }], n: 3 }),
    ).toEqual({
      parties: [{ name: '张某某', id: '230***********1234', phone: '139****5678' }],
      n: 3,
    });
  });
});
