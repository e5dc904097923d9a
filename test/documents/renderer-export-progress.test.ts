import { describe, expect, it } from 'vitest';
import type { ExportProgress } from '../../core/platform/api/model';
import { format } from '../../renderer/app/i18n';
import { en, zhCN } from '../../renderer/app/i18n/catalogue';
import { isOwnExport, progressMessage } from '../../renderer/ui/export-progress/progress';

const event = (done: number, total: number | null, input: Record<string, unknown> = { caseId: 7 }) =>
  ({ jobId: 'j', method: 'documents.statement', input, done, total }) satisfies ExportProgress;

const zh = (p: ExportProgress | null) => {
  const m = progressMessage(p);
  return format(zhCN[m.key], m.vars);
};

describe('export progress beside the button', () => {
  it('says what is happening: reading, page x while the count is unknown, page x / y, then signing', () => {
    expect(zh(null)).toBe('正在读取案件数据…');
    expect(zh(event(0, null))).toBe('正在读取案件数据…');
    expect(zh(event(57, null))).toBe('正在生成… 第 57 页');
    expect(zh(event(57, 388))).toBe('正在生成… 第 57 / 388 页');
    expect(zh(event(388, 388))).toBe('已生成 388 页，正在签名、登记…');
    const m = progressMessage(event(57, null));
    expect(format(en[m.key], m.vars)).toBe('Laying out… page 57');
  });

  it("tells this window's export from another's by method and input", () => {
    expect(
      isOwnExport(event(1, null, { caseId: 7, reveal: false }), 'documents.statement', { caseId: 7 }),
    ).toBe(true);
    expect(isOwnExport(event(1, null, { caseId: 8 }), 'documents.statement', { caseId: 7 })).toBe(false);
    expect(isOwnExport(event(1, null, { caseId: 7 }), 'documents.reconMinutes', { caseId: 7 })).toBe(false);
  });
});
