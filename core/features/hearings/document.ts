import { chineseDate } from '../../lib/money/chinese';
import type { Block, DocumentModel, PageSignature } from '../../platform/documents/model';
import { zh } from '../../platform/documents/messages';

/**
 * A generic record of a sitting (对账笔录, 听证笔录, …): time and place, participants, numbered entries,
 * the closing signature block, and a signature on every page footer (逐页签名). Pure.
 */
export type MinutesInput = {
  kind: string;
  court: string;
  /** 对账笔录 / 听证笔录 */
  title: string;
  caseNumber?: string;
  /** ISO date of the sitting. */
  date: string;
  time?: string;
  place?: string;
  participants: { role: string; name: string; note?: string }[];
  entries: { speaker: string; text: string }[];
  /**
   * Who signs at the end, in court order (participants → judges → clerk): a line to sign on, a
   * handwritten PNG (base64), or a refusal with its reason (拒绝签名).
   */
  signers: { role: string; name?: string; imagePng?: string; refused?: string }[];
  /** Who signs every page; a name or a PNG, or nothing yet (a line to sign on). */
  pageSignatures?: PageSignature[];
};

export function minutesModel(input: MinutesInput): DocumentModel {
  const facts = [
    { label: '时间', value: `${chineseDate(input.date)}${input.time ? ` ${input.time}` : ''}` },
    ...(input.place ? [{ label: '地点', value: input.place }] : []),
    ...input.participants.map((p) => ({ label: p.role, value: p.note ? `${p.name}（${p.note}）` : p.name })),
  ];
  const blocks: Block[] = [
    { type: 'fields', rows: facts },
    { type: 'heading', text: zh('record') },
    ...input.entries.map((e, i): Block => ({
      type: 'entry',
      number: i + 1,
      speaker: e.speaker,
      text: e.text,
    })),
    { type: 'paragraph', text: zh('minutesEnd'), align: 'center' },
    { type: 'signatures', signers: input.signers, date: chineseDate(input.date) },
  ];
  return {
    kind: input.kind,
    court: input.court,
    title: input.title,
    ...(input.caseNumber ? { caseNumber: input.caseNumber } : {}),
    blocks,
    ...(input.pageSignatures ? { pageSignatures: input.pageSignatures } : {}),
  };
}

/**
 * A long 对账笔录 for the benchmark and the page-numbering test: `entries` exchanges about payments,
 * deterministic (no clock, no randomness).
 */
export function sampleLongMinutes(entries: number, pageSignatures?: PageSignature[]): MinutesInput {
  const list: { speaker: string; text: string }[] = [];
  for (let i = 0; i < entries; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((i % 12) + 1).padStart(2, '0');
    const amount = `${(i % 9) + 1}${'0'.repeat(3 + (i % 3))}.00`;
    if (i % 2 === 0)
      list.push({
        speaker: '审判员',
        text: `第 ${i / 2 + 1} 笔：账目记载 20${10 + (i % 15)}-${month}-${day} 以「划拨」方式执行到位 ${amount} 元，款项来源为被执行人在某银行的账户（尾号 ${1000 + i}）。申请执行人对该笔款项的日期和金额是否有异议？`,
      });
    else
      list.push({
        speaker: '申请执行人',
        text: `对该笔款项的到账日期和金额无异议，确认已收到，同意按照法释〔2014〕8号第四条的规定先抵充金钱债务，再抵充迟延履行期间的债务利息。`,
      });
  }
  return {
    kind: 'minutes',
    court: '示例市第一人民法院',
    title: '对账笔录',
    caseNumber: '(2026)黑1084执恢12号',
    date: '2026-01-21',
    time: '上午九时',
    place: '本院第三听证室',
    participants: [
      { role: '审判员', name: '王某' },
      { role: '书记员', name: '刘某' },
      { role: '申请执行人', name: '某建材有限公司', note: '委托诉讼代理人李某' },
      { role: '被执行人', name: '张某某' },
    ],
    entries: list,
    signers: [
      { role: '申请执行人', name: '' },
      { role: '被执行人', name: '' },
      { role: '审判员', name: '王某' },
      { role: '书记员', name: '刘某' },
    ],
    ...(pageSignatures ? { pageSignatures } : {}),
  };
}
