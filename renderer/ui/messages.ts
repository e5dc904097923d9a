import type { Catalogue } from '../../core/lib/text';

/**
 * Shared by every screen: buttons, empty and loading states, placeholders, export progress (renderer/ui).
 * Each key carries both languages (core/lib/text Text), so zh-CN and en cannot drift apart.
 */
export const messages = {
  'common.save': { zh: '保存', en: 'Save' },
  'common.cancel': { zh: '取消', en: 'Cancel' },
  'common.edit': { zh: '编辑', en: 'Edit' },
  'common.delete': { zh: '删除', en: 'Delete' },
  'common.confirmDelete': { zh: '确认删除', en: 'Confirm delete' },
  'common.add': { zh: '添加', en: 'Add' },
  'common.actions': { zh: '操作', en: 'Actions' },
  'common.loading': { zh: '正在加载…', en: 'Loading…' },
  'common.empty': { zh: '暂无记录', en: 'Nothing recorded yet' },
  'common.total': { zh: '合计', en: 'Total' },
  'common.saving': { zh: '正在保存…', en: 'Saving…' },
  'common.keyHint': { zh: '回车保存，Esc 取消', en: 'Enter saves, Esc cancels' },
  'common.yuan': { zh: '元', en: 'CNY' },
  'common.none': { zh: '—', en: '—' },
  'common.formError': { zh: '保存失败：', en: 'Not saved: ' },
  // Marks put between values on screen. The English screens keep the Chinese marks for now, as they
  // always showed them; translating them is a text change of its own.
  'punct.list': { zh: '、', en: '、' },
  'punct.colon': { zh: '：', en: '：' },
  'punct.semicolon': { zh: '；', en: '；' },
  'punct.paren': { zh: '（{text}）', en: '（{text}）' },
  'punct.quoted': { zh: '「{text}」', en: '「{text}」' },
  'placeholder.date': { zh: '如 2026年11月1日', en: 'e.g. 2026-11-01' },
  'placeholder.amount': { zh: '0.00', en: '0.00' },
  'exportWorker.preparing': { zh: '正在读取案件数据…', en: 'Reading the case…' },
  'exportWorker.page': { zh: '正在生成… 第 {done} 页', en: 'Laying out… page {done}' },
  'exportWorker.pageOf': { zh: '正在生成… 第 {done} / {total} 页', en: 'Laying out… page {done} of {total}' },
  'exportWorker.signing': {
    zh: '已生成 {total} 页，正在签名、登记…',
    en: '{total} pages laid out; signing and registering…',
  },
} satisfies Catalogue;
