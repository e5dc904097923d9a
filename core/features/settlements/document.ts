import { capitalAmount, chineseDate } from '../../lib/money/chinese';
import {
  agreementClauses,
  CLASS_LABELS,
  type Distribution,
  type DistributionClaim,
  type Projection,
  type Settlement,
} from './';
import type { Block, DocumentModel } from '../../platform/documents/model';
import { grouped } from '../ledger/document';

/**
 * 执行和解协议 and 执行款分配方案 as document models: pure functions from the settlement (or the plan and
 * its computed distribution) to blocks. Every amount the agreement states carries its 大写.
 */

export type AgreementInput = {
  settlement: Settlement;
  projection: Projection;
  court: string;
  caseNumber: string;
  /** 案由 */
  title: string;
  parties: { creditor: string; debtor: string };
  /** the agreement's date (concluded on, or the day it is printed as a draft) */
  date: string;
  draft: boolean;
  /**
   * Who signs, in court order, with what they did (issue 5). The participants sign every page footer
   * (逐页签名) and the closing block; the judges and the clerk the closing block. A refusal prints
   * 拒绝签名 and its reason. Absent: blank lines for the creditor, the debtor and the guarantor.
   */
  signers?: AgreementSigner[];
};

export type AgreementSigner = {
  role: string;
  name: string;
  everyPage: boolean;
  status: 'pending' | 'signed' | 'refused';
  png?: string;
  reason?: string;
};

const signatureMark = (s: AgreementSigner): { name?: string; imagePng?: string; refused?: string } =>
  s.status === 'refused'
    ? { name: s.name, refused: s.reason ?? '' }
    : s.status === 'signed' && s.png
      ? { imagePng: s.png }
      : {};

export const AGREEMENT_TITLE = '执行和解协议';
export const DISTRIBUTION_TITLE = '执行款分配方案';

export function agreementModel(input: AgreementInput): DocumentModel {
  const { settlement, projection, parties } = input;
  const blocks: Block[] = [];
  const guarantor = settlement.clauses.guarantor;
  blocks.push({
    type: 'fields',
    rows: [
      { label: '申请执行人', value: parties.creditor },
      { label: '被执行人', value: parties.debtor },
      ...(guarantor ? [{ label: '担保人', value: guarantor.name }] : []),
    ],
  });
  blocks.push({
    type: 'paragraph',
    indent: true,
    text: `${input.caseNumber ? `${input.caseNumber}${input.title ? input.title : ''}一案` : '本案'}执行过程中，申请执行人与被执行人经自愿协商，达成如下和解协议：`,
  });
  for (const clause of agreementClauses(settlement, parties)) {
    blocks.push({ type: 'heading', text: clause.heading });
    for (const text of clause.paragraphs) blocks.push({ type: 'paragraph', indent: true, text });
  }
  blocks.push({ type: 'heading', text: '附：履行计划表' });
  blocks.push({
    type: 'table',
    columns: [
      { header: '序号', width: 0.9 },
      { header: '日期', width: 1.9 },
      { header: '事项', width: 3.6 },
      { header: '金额（元）', width: 2, align: 'right' },
      { header: '累计（元）', width: 2.1, align: 'right' },
      { header: '尚余（元）', width: 2.1, align: 'right' },
    ],
    rows: [
      ...projection.schedule.map((r) => [
        String(r.seq),
        r.date,
        r.counts ? r.label.zh : `${r.label.zh}（不计入）`,
        grouped(r.amount),
        grouped(r.cumulative),
        grouped(r.remaining),
      ]),
      ['合计', '', '', grouped(projection.planned), '', grouped(projection.gap)],
    ],
    totalRows: 1,
  });
  blocks.push({
    type: 'paragraph',
    indent: true,
    text: `按本协议应付款项合计 ${grouped(projection.agreedTotal)} 元（${capitalAmount(projection.agreedTotal)}），履行计划合计 ${grouped(projection.planned)} 元（${capitalAmount(projection.planned)}）${projection.balanced ? '，二者相符。' : `，相差 ${grouped(projection.gap)} 元。`}`,
  });
  blocks.push({
    type: 'paragraph',
    indent: true,
    text: '本协议经双方当事人签字（盖章）后生效，一式三份，双方当事人各执一份，一份附卷。',
  });
  blocks.push({
    type: 'signatures',
    signers: input.signers
      ? input.signers.map((s) => ({ role: s.role, ...signatureMark(s) }))
      : [
          { role: '申请执行人', name: '' },
          { role: '被执行人', name: '' },
          ...(guarantor ? [{ role: '担保人', name: '' }] : []),
        ],
    date: chineseDate(input.date),
  });
  if (input.court) blocks.push({ type: 'closing', lines: [`${input.court}（执行和解协议附卷）`] });
  const title = input.draft ? `${AGREEMENT_TITLE}（草稿）` : AGREEMENT_TITLE;
  return {
    kind: 'agreement',
    court: input.court,
    title,
    ...(input.caseNumber ? { caseNumber: input.caseNumber } : {}),
    blocks,
    pageSignatures: input.signers
      ? input.signers.filter((s) => s.everyPage).map((s) => ({ role: s.role, ...signatureMark(s) }))
      : [{ role: '申请执行人' }, { role: '被执行人' }],
    subject: `${title}（应付合计 ${projection.agreedTotal} 元）`,
  };
}

export type DistributionDocInput = {
  plan: { title: string; debtor: string; planDate: string; amount: string; claims: DistributionClaim[] };
  result: Distribution;
  court: string;
  caseNumber: string;
  issuedOn: string;
};

export function distributionModel(input: DistributionDocInput): DocumentModel {
  const { plan, result } = input;
  const blocks: Block[] = [];
  blocks.push({
    type: 'paragraph',
    indent: true,
    text: `被执行人${plan.debtor || ''}名下可供分配的执行款共计 ${grouped(result.amount)} 元（${capitalAmount(result.amount)}）。参与分配的债权共 ${plan.claims.length} 项，合计 ${grouped(result.totalClaims)} 元（${capitalAmount(result.totalClaims)}）。依照执行费用、工资等优先债权、担保物权优先受偿部分、普通债权的顺序清偿，同一顺位不足清偿的按比例分配，分配方案如下：`,
  });
  blocks.push({ type: 'heading', text: '一、各顺位受偿情况' });
  blocks.push({
    type: 'table',
    columns: [
      { header: '顺位', width: 3.5 },
      { header: '债权合计（元）', width: 2.5, align: 'right' },
      { header: '分配（元）', width: 2.5, align: 'right' },
      { header: '受偿比例', width: 1.5, align: 'right' },
    ],
    rows: result.classes.map((c) => [
      CLASS_LABELS[c.class].zh,
      grouped(c.claimed),
      grouped(c.paid),
      `${c.ratio}%`,
    ]),
  });
  blocks.push({ type: 'heading', text: '二、各债权人分配额' });
  blocks.push({
    type: 'table',
    columns: [
      { header: '序号', width: 0.8 },
      { header: '债权人', width: 3 },
      { header: '顺位', width: 2.4 },
      { header: '债权（元）', width: 2.2, align: 'right' },
      { header: '分配（元）', width: 2.2, align: 'right' },
      { header: '未受偿（元）', width: 2.2, align: 'right' },
    ],
    rows: [
      ...result.claims.map((c) => [
        String(c.index + 1),
        c.creditor,
        c.parts.map((p) => CLASS_LABELS[p.class].zh).join(' / '),
        grouped(c.claimed),
        grouped(c.paid),
        grouped(c.unpaid),
      ]),
      ['合计', '', '', grouped(result.totalClaims), grouped(result.distributed), ''],
    ],
    totalRows: 1,
  });
  for (const c of result.claims)
    if (c.paid !== '0.00')
      blocks.push({
        type: 'paragraph',
        size: 'small',
        text: `${c.index + 1}. ${c.creditor}分得 ${grouped(c.paid)} 元（${capitalAmount(c.paid)}）。`,
      });
  blocks.push({ type: 'heading', text: '三、计算过程' });
  result.trace.forEach((t, i) => blocks.push({ type: 'step', number: i + 1, text: t.zh }));
  blocks.push({ type: 'paragraph', size: 'small', text: `尾差处理规则：${result.rule.zh}` });
  if (result.leftover !== '0.00')
    blocks.push({
      type: 'paragraph',
      indent: true,
      text: `清偿全部债权后余款 ${grouped(result.leftover)} 元（${capitalAmount(result.leftover)}），退还被执行人。`,
    });
  blocks.push({
    type: 'paragraph',
    indent: true,
    text: '债权人或者被执行人对本分配方案有异议的，可以自收到分配方案之日起十五日内向本院提出书面异议。',
  });
  blocks.push({
    type: 'closing',
    lines: [...(input.court ? [input.court] : []), chineseDate(input.issuedOn)],
  });
  const title = plan.title || DISTRIBUTION_TITLE;
  return {
    kind: 'distribution',
    court: input.court,
    title: DISTRIBUTION_TITLE,
    ...(input.caseNumber ? { caseNumber: input.caseNumber } : {}),
    blocks,
    subject: `${title}（${grouped(result.amount)} 元）`,
  };
}
