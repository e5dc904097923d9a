import { describe, expect, it } from 'vitest';
import { AppError } from '../../../core/platform/api/errors';
import { call } from '../../../core/platform/api/services';
import { failed, ok, start } from '../../support/harness';
import { utf8 } from '../../support/import-files';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const HASH = 'a3f1c2d4e5b6a7980112233445566778899aabbccddeeff00112233445566778';

describe('error text across the API is masked (issue 15)', () => {
  it('stars identity-card, phone and passport numbers in both languages and in the details', () => {
    const error = AppError.fromText(
      'DUPLICATE',
      {
        zh: '身份证号 110101199003071234 已登记，电话 +86 139-1234-5678',
        en: 'ID 110101 19900307 1234 exists',
      },
      { rows: [{ idNumber: '11010119900307123X', passport: 'E12345678', id: 7 }] },
    );
    const info = error.toInfo();
    expect(info.message_zh).toBe('身份证号 110***********1234 已登记，电话 +86 139-****-5678');
    expect(info.message_en).toBe('ID 110*** ******** 1234 exists');
    expect(info.details).toEqual({
      rows: [{ idNumber: '110***********123X', passport: 'E*****678', id: 7 }],
    });
    // The log keeps what was refused, in full.
    expect(error.message).toContain('110101199003071234');
  });

  it('leaves hashes, amounts, dates and case numbers as they are', () => {
    const text = `链头 ${HASH}，金额 13912345678.00 元，2014-10-09，(2020)京0105执恢1234号`;
    const info = AppError.fromText('CONFLICT', { zh: text, en: text }, { head: HASH }).toInfo();
    expect(info.message_zh).toBe(text);
    expect(info.details).toEqual({ head: HASH });
  });

  it('masks a refused import row that quotes a phone number, through the real API', () => {
    const s = start();
    const { id: caseId } = ok(call(s, 'cases.create', { caseNumber: '(2026)遮1号' }));
    const csv = ['到账日期,金额,付款人', '13912345678,100.00,被执行人甲'].join('\n');
    const base64 = b64(utf8(csv));
    const preview = ok(call(s, 'imports.preview', { caseId, fileName: 'f.csv', base64 }));
    const e = failed(
      call(s, 'imports.confirm', { caseId, fileName: 'f.csv', base64, mapping: preview.mapping }),
    );
    expect(e.code).toBe('IMPORT_INVALID');
    expect(e.message_zh).toContain('139****5678');
    expect(JSON.stringify(e)).not.toContain('13912345678');
  });
});
