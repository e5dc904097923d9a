import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ItemTableError, parseValueText, previewItems } from '../../core/features/hearings/item-import';

const HEADER = [
  '序号',
  '物品名称',
  '数量',
  '单位',
  '执行措施',
  '现存放地',
  '法律依据',
  '文书号',
  '价值（元）',
];

describe('item list import', () => {
  it('reads a list below a title row, skipping blank rows, with file row numbers', () => {
    const preview = previewItems([
      ['执行物品清单'],
      HEADER,
      [
        '1',
        '小型轿车',
        '1',
        '辆',
        '扣押',
        '法院停车场',
        '民诉法第二百五十二条',
        '(2024)黑1084执12号',
        '85,000.50',
      ],
      [],
      ['2', '钢材', '2.5', '吨', '拍卖', '已交付买受人', '', '', '¥12000元'],
    ]);
    expect(preview.headerRow).toBe(2);
    expect(preview.okCount).toBe(2);
    expect(preview.rows.map((r) => r.row)).toEqual([3, 5]);
    expect(preview.rows[0]!.item).toEqual({
      name: '小型轿车',
      quantity: '1',
      unit: '辆',
      measure: '扣押',
      location: '法院停车场',
      basis: '民诉法第二百五十二条',
      documentNo: '(2024)黑1084执12号',
      value: '85000.50',
      note: '',
    });
    expect(preview.rows[1]!.item?.value).toBe('12000.00');
    expect(preview.rows[1]!.item?.quantity).toBe('2.5');
  });

  it('gives every problem of a row in Chinese', () => {
    const preview = previewItems([HEADER, ['1', '', '0', '件', '没收', '', '', '', '12.345']]);
    expect(preview.errorCount).toBe(1);
    expect(preview.rows[0]!.errors.map((e) => e.zh)).toEqual([
      '物品名称为空',
      '数量不能为零',
      '执行措施「没收」不在查封、扣押、拍卖、变卖、发还、抵债、其他之中',
      '价值「12.345」超过两位小数（到分）',
    ]);
    expect(
      previewItems([HEADER, ['1', '桌子', '3张', '', '', '', '', '', '1,23']]).rows[0]!.errors.map(
        (e) => e.zh,
      ),
    ).toEqual([
      '数量「3张」不是有效数字（最多四位小数，不带单位）',
      '执行措施为空，应为查封、扣押、拍卖、变卖、发还、抵债、其他之一',
      '价值「1,23」的千位分隔符位置不对',
    ]);
  });

  it('refuses a table without a header or without the required columns', () => {
    expect(() =>
      previewItems([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toThrow(ItemTableError);
    try {
      previewItems([
        ['物品名称', '单位'],
        ['桌子', '张'],
      ]);
    } catch (e) {
      expect((e as ItemTableError).zh).toBe('表头缺少「数量」「执行措施」列');
    }
    expect.assertions(2);
  });

  it('value: empty or 未评估 is no value; negative refused', () => {
    expect(parseValueText('')).toEqual({ ok: true, value: null });
    expect(parseValueText('未评估')).toEqual({ ok: true, value: null });
    expect(parseValueText('-5').ok).toBe(false);
  });

  it('property: any two-decimal amount written with grouping and a currency sign reads back exactly', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 999_999_999_999n }), (fen) => {
        const yuan = `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;
        const [int, dec] = yuan.split('.');
        const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
        expect(parseValueText(`￥${grouped}.${dec}元`)).toEqual({ ok: true, value: yuan });
      }),
    );
  });
});
