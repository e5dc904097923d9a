import type { ComputeResult, Ledger } from '../../lib/interest/types';
import { capitalAmount, chineseDate } from '../../lib/money/chinese';
import { dec, sum } from '../../lib/money/decimal';
import { MEASURE_KIND_ZH, type MeasureKind } from '../measures/rules';
import type { Block, DocumentModel } from '../../platform/documents/model';
import { OBLIGATION_KIND_ZH, ROLE_ZH } from '../../platform/documents/messages';
import { grouped, type StatementParty } from '../ledger/document';

/**
 * 执行情况说明: the written account of a case that goes with the file when it moves to another court
 * (交叉执行、指定执行、提级执行). A pure function from facts to a DocumentModel: the parties, the legal
 * document and its obligations, what was realised and how (payments from the ledger), the unrealised
 * amount as of the transfer date computed by the engine (the new case's amount), the measures in force,
 * reconciliation sessions held, hearings and settlements (see `otherProceedings`), and pending matters.
 */

export const STATUS_ACCOUNT_TITLE = '执行情况说明';

export type StatusAccountMeasure = {
  kind: MeasureKind;
  object: string;
  rulingNumber: string;
  startDate: string;
  expiresOn: string | null;
  /** 'inForce' | 'expiring' | 'expired' … as the register shows it on the transfer date. */
  statusZh: string;
};

export type StatusAccountSession = { id: number; stateZh: string; createdAt: string; outcome: string };

/**
 * Hearings (听证) and settlements (执行和解) are built by other areas; whoever has them passes their
 * summaries here and they are printed in their own sections. Absent lists print nothing.
 */
export type OtherProceedings = {
  hearings?: { title: string; date: string; status: string }[];
  /** `detail`: a sentence under the table (amounts with 大写, how performance stands). */
  settlements?: { title: string; date: string; status: string; detail?: string }[];
};

export type StatusAccountInput = {
  court: string;
  caseNumber: string;
  title: string;
  parties: StatementParty[];
  /** The legal document the case enforces (e.g. (2024)黑1084民初345号民事判决书), if recorded. */
  legalDocument?: string;
  ledger: Ledger;
  /** The engine's result as of the transfer date. */
  result: ComputeResult;
  transfer: { decisionDate: string | null; transferDate: string; receivingCourt: string };
  measures: StatusAccountMeasure[];
  sessions: StatusAccountSession[];
  other?: OtherProceedings;
  pendingMatters: string;
  issuedOn: string;
};

const NUMERALS = '一二三四五六七八九十';

/** The sections for hearings and settlements, each only when its list is given. */
export function otherProceedings(other: OtherProceedings, heading: (text: string) => Block): Block[] {
  const blocks: Block[] = [];
  const table = (rows: { title: string; date: string; status: string }[]): Block => ({
    type: 'table',
    columns: [
      { header: '事项', width: 5 },
      { header: '日期', width: 2.2 },
      { header: '状态', width: 2.8 },
    ],
    rows: rows.map((r) => [r.title, r.date, r.status]),
  });
  if (other.hearings) {
    blocks.push(heading('听证情况'));
    blocks.push(
      other.hearings.length === 0 ? { type: 'paragraph', text: '未举行听证。' } : table(other.hearings),
    );
  }
  if (other.settlements) {
    blocks.push(heading('执行和解及履行情况'));
    blocks.push(
      other.settlements.length === 0
        ? { type: 'paragraph', text: '未达成执行和解。' }
        : table(other.settlements),
    );
    for (const s of other.settlements)
      if (s.detail) blocks.push({ type: 'paragraph', indent: true, text: s.detail });
  }
  return blocks;
}

export function statusAccountModel(input: StatusAccountInput): DocumentModel {
  const { ledger, result } = input;
  const blocks: Block[] = [];
  let section = 0;
  const heading = (text: string) => blocks.push({ type: 'heading', text: `${NUMERALS[section++]}、${text}` });
  const realised = sum(ledger.payments.map((p) => dec(p.amount))).toFixed(2);
  const unrealised = result.balances.total;

  blocks.push({
    type: 'paragraph',
    indent: true,
    text:
      `${input.caseNumber}${input.title ? input.title : ''}一案，` +
      `${input.transfer.decisionDate ? `经${chineseDate(input.transfer.decisionDate)}决定` : '经决定'}` +
      `移送${input.transfer.receivingCourt || '有管辖权的人民法院'}执行。现将本案截至${chineseDate(input.transfer.transferDate)}的执行情况说明如下。`,
  });

  heading('当事人');
  blocks.push(
    input.parties.length === 0
      ? { type: 'paragraph', text: '未登记。' }
      : {
          type: 'fields',
          rows: input.parties.map((p) => ({
            label: ROLE_ZH[p.role] ?? p.role,
            value: p.representative ? `${p.name}（${p.representative}）` : p.name,
          })),
        },
  );

  heading('执行依据');
  blocks.push({
    type: 'fields',
    rows: [
      { label: '原执行案号', value: input.caseNumber },
      ...(input.legalDocument ? [{ label: '执行依据', value: input.legalDocument }] : []),
    ],
  });
  blocks.push({
    type: 'table',
    columns: [
      { header: '编号', width: 1 },
      { header: '项目', width: 2.6 },
      { header: '类型', width: 2 },
      { header: '金额（元）', width: 2.2, align: 'right' },
      { header: '履行期限 / 计息', width: 3.6 },
    ],
    rows: ledger.obligations.map((o) =>
      o.kind === 'interestRunning'
        ? [o.id, o.label ?? '', OBLIGATION_KIND_ZH[o.kind]!, '—', `以 ${o.base} 为基数，自 ${o.from} 起`]
        : [o.id, o.label ?? '', OBLIGATION_KIND_ZH[o.kind]!, grouped(o.amount), `届满日 ${o.due}`],
    ),
  });

  heading('已执行到位的款项及方式');
  if (ledger.payments.length === 0) blocks.push({ type: 'paragraph', text: '无执行到位款项。' });
  else
    blocks.push({
      type: 'table',
      columns: [
        { header: '序号', width: 1 },
        { header: '日期', width: 2.2 },
        { header: '方式', width: 2 },
        { header: '金额（元）', width: 2.6, align: 'right' },
      ],
      rows: [
        ...ledger.payments.map((p, i) => [String(i + 1), p.date, p.kind ?? '自动履行', grouped(p.amount)]),
        ['合计', '', '', grouped(realised)],
      ],
      totalRows: 1,
    });

  heading('未执行到位金额');
  blocks.push({
    type: 'table',
    columns: [
      { header: '类别', width: 5 },
      { header: '金额（元）', width: 3, align: 'right' },
    ],
    rows: [
      ['本金', grouped(result.balances.principal)],
      ['费用', grouped(result.balances.fee)],
      ['一般债务利息', grouped(result.balances.generalInterest)],
      ['迟延履行利息（2014年8月1日前）', grouped(result.balances.oldDelay)],
      ['加倍部分债务利息', grouped(result.balances.doubled)],
      ['合计', grouped(unrealised)],
    ],
    totalRows: 1,
  });
  blocks.push({
    type: 'paragraph',
    indent: true,
    text: `经本院执行听证·对账工作台按${result.rules}计算（利率表 ${result.rateTable}），截至${chineseDate(result.asOf)}，未执行到位金额合计${grouped(unrealised)}元（大写：${capitalAmount(unrealised)}），即移送后新立案件的执行标的。`,
  });

  heading('已采取且仍在期限内的查控措施');
  if (input.measures.length === 0) blocks.push({ type: 'paragraph', text: '无。' });
  else
    blocks.push({
      type: 'table',
      columns: [
        { header: '措施', width: 2 },
        { header: '对象', width: 3.6 },
        { header: '裁定书文号', width: 2.6 },
        { header: '期限', width: 2.8 },
        { header: '状态', width: 1.6 },
      ],
      rows: input.measures.map((m) => [
        MEASURE_KIND_ZH[m.kind],
        m.object,
        m.rulingNumber,
        m.expiresOn ? `${m.startDate} 至 ${m.expiresOn}` : `自 ${m.startDate} 起（无固定期限）`,
        m.statusZh,
      ]),
    });

  heading('对账情况');
  if (input.sessions.length === 0) blocks.push({ type: 'paragraph', text: '未进行对账。' });
  else
    blocks.push({
      type: 'table',
      columns: [
        { header: '对账', width: 1.4 },
        { header: '开始时间', width: 2.6 },
        { header: '状态', width: 1.8 },
        { header: '结果', width: 4.2 },
      ],
      rows: input.sessions.map((s) => [`#${s.id}`, s.createdAt, s.stateZh, s.outcome]),
    });

  blocks.push(
    ...otherProceedings(input.other ?? {}, (text) => ({
      type: 'heading',
      text: `${NUMERALS[section++]}、${text}`,
    })),
  );

  heading('需要接收法院继续办理的事项');
  blocks.push({ type: 'paragraph', indent: true, text: input.pendingMatters.trim() || '无。' });

  blocks.push({
    type: 'closing',
    lines: [...(input.court ? [input.court] : []), chineseDate(input.issuedOn)],
  });

  return {
    kind: 'statusAccount',
    court: input.court,
    title: STATUS_ACCOUNT_TITLE,
    ...(input.caseNumber ? { caseNumber: input.caseNumber } : {}),
    blocks,
    subject: `${STATUS_ACCOUNT_TITLE}（截至 ${result.asOf}，未执行到位 ${unrealised} 元）`,
  };
}
