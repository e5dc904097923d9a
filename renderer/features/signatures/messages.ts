import type { Catalogue } from '../../../core/lib/text';

/**
 * A closed session's minutes: signing and refusals.
 * Each key carries both languages (core/lib/text Text), so zh-CN and en cannot drift apart.
 */
export const messages = {
  'signing.open': { zh: '进入签名', en: 'Signatures' },
  'signing.open.signed': { zh: '查看签名、导出笔录', en: 'Signatures and minutes' },
  'signing.back': { zh: '返回对账', en: 'Back to the session' },
  'signing.title': { zh: '对账笔录签名', en: 'Signing the minutes' },
  'signing.order': {
    zh: '签名顺序：当事人及代理人 → 审判人员 → 书记员。全部签名（或拒绝签名）后笔录锁定，不能再修改。',
    en: 'Order: parties and agents → judges → clerk. When everyone has signed or refused, the record is locked.',
  },
  'signing.stage.participant': { zh: '当事人', en: 'Party' },
  'signing.stage.judge': { zh: '审判人员', en: 'Judge' },
  'signing.stage.clerk': { zh: '书记员', en: 'Clerk' },
  'signing.pending': { zh: '待签名', en: 'Not signed yet' },
  'signing.refused': { zh: '拒绝签名', en: 'Refused to sign' },
  'signing.signedBy': { zh: '{name} 的签名', en: 'Signature of {name}' },
  'signing.now': { zh: '请 {role} {name} 签名', en: '{role} {name}, please sign' },
  'signing.padLabel': { zh: '{name} 的签名板', en: 'Signing pad for {name}' },
  'signing.padHint': {
    zh: '在框内书写签名。Ctrl+Z 撤销一笔，Delete 清除。',
    en: 'Sign inside the box. Ctrl+Z undoes a stroke, Delete clears.',
  },
  'signing.undo': { zh: '撤销一笔', en: 'Undo stroke' },
  'signing.clear': { zh: '清除', en: 'Clear' },
  'signing.sign': { zh: '确认签名', en: 'Confirm signature' },
  'signing.emptyPad': { zh: '签名板上还没有笔迹', en: 'Nothing has been drawn on the pad' },
  'signing.refuse': { zh: '拒绝签名…', en: 'Refuses to sign…' },
  'signing.reason': {
    zh: '{name} 拒绝签名的理由（将记入笔录）：',
    en: 'Why {name} refuses (printed in the minutes):',
  },
  'signing.refuseConfirm': { zh: '记录拒绝签名', en: 'Record the refusal' },
  'signing.locked': {
    zh: '全体人员已签名（或拒绝签名），本次对账已锁定，内容不能再修改。',
    en: 'Everyone has signed or refused; the session is locked.',
  },
  'signing.notOpen': { zh: '对账结束后才能签名。', en: 'Signatures are taken once the session is closed.' },
  'signing.noSigners': { zh: '没有需要签名的参加人员。', en: 'There is no one to sign.' },
  'signing.export': { zh: '导出对账笔录（PDF）', en: 'Export the minutes (PDF)' },
  'signing.exportDraft': { zh: '导出对账笔录草稿（PDF）', en: 'Export draft minutes (PDF)' },
  'signing.exported': {
    zh: '已导出 {file}（共 {n} 页），已加具数字签名并登记。',
    en: 'Exported {file} ({n} pages), digitally signed and registered.',
  },
} satisfies Catalogue;
