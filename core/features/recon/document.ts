import { capitalAmount, chineseDate } from '../../lib/money/chinese';
import { dec } from '../../lib/money/decimal';
import type { Block, DocumentModel, PageSignature } from '../../platform/documents/model';
import { zh } from '../../platform/documents/messages';
import { grouped } from '../ledger/document';

/**
 * 对账笔录: the record of a reconciliation session — participants, every entry with each party's
 * positions (with their times), the court's findings, what the disputes are worth, the outcome, and the
 * handwritten signatures (every page footer and the closing block). Pure: the handler puts the words
 * together from the session; this lays them out as blocks.
 */
export type ReconMinutesSigner = {
  role: string;
  name: string;
  /** Parties and agents sign every page; the court signs the closing block only. */
  everyPage: boolean;
  status: 'pending' | 'signed' | 'refused';
  png?: string;
  reason?: string;
};

export type ReconMinutesInput = {
  court: string;
  caseNumber?: string;
  caseTitle?: string;
  /** ISO date and time (Beijing) the session started. */
  date: string;
  time?: string;
  /** Before every signer has signed or refused the document is a draft and says so in its title. */
  draft: boolean;
  asOf: string;
  participants: { role: string; name: string }[];
  entries: {
    subject: string;
    status: string;
    positions: { side: string; text: string; at: string }[];
    finding?: { text: string; at: string };
  }[];
  totals: { record: string; creditor: string; debtor: string; court: string };
  disputes: { subject: string; side: string; total: string; delta: string }[];
  /** Null while the session is still open. */
  outcome: {
    agreedTotal: string | null;
    courtTotal: string;
    found: { subject: string; text: string }[];
  } | null;
  signers: ReconMinutesSigner[];
};

const signed = (d: string) => {
  const v = dec(d);
  return v.isZero() ? '0.00' : v.isPositive() ? `+${grouped(d)}` : grouped(d);
};

const amountWords = (amount: string) =>
  dec(amount).isNegative()
    ? `超付${grouped(dec(amount).negated().toFixed(2))}元`
    : `${grouped(amount)}元（大写：${capitalAmount(amount)}）`;

export function reconMinutesModel(input: ReconMinutesInput): DocumentModel {
  const facts = [
    { label: '时间', value: `${chineseDate(input.date)}${input.time ? ` ${input.time}` : ''}` },
    ...(input.caseTitle ? [{ label: '案由', value: input.caseTitle }] : []),
    { label: '计算截止日', value: chineseDate(input.asOf) },
    ...input.participants.map((p) => ({ label: p.role, value: p.name })),
  ];
  const entryBlocks = input.entries.flatMap((e, i): Block[] => [
    { type: 'entry', number: i + 1, speaker: e.status, text: e.subject },
    ...e.positions.map((p): Block => ({ type: 'entry', speaker: p.side, text: `${p.text}（${p.at}）` })),
    ...(e.finding
      ? [{ type: 'entry', speaker: '法院认定', text: `${e.finding.text}（${e.finding.at}）` } as Block]
      : []),
  ]);
  const disputes: Block[] =
    input.disputes.length === 0
      ? [{ type: 'paragraph', text: '双方对各项均无争议。', indent: true }]
      : [
          {
            type: 'table',
            columns: [
              { header: '争议事项', width: 4 },
              { header: '主张方', width: 1.6 },
              { header: '按其主张债务合计（元）', width: 2.4, align: 'right' },
              { header: '与账面相差（元）', width: 2, align: 'right' },
            ],
            rows: input.disputes.map((d) => [d.subject, d.side, grouped(d.total), signed(d.delta)]),
          },
        ];
  const totals: Block = {
    type: 'table',
    columns: [
      { header: '版本', width: 3 },
      { header: '债务合计（元）', width: 2, align: 'right' },
      { header: '与账面相差（元）', width: 2, align: 'right' },
    ],
    rows: (
      [
        ['账面记载', input.totals.record],
        ['按申请执行人主张', input.totals.creditor],
        ['按被执行人主张', input.totals.debtor],
        ['按法院认定', input.totals.court],
      ] as const
    ).map(([label, total]) => [
      label,
      grouped(total),
      signed(dec(total).minus(input.totals.record).toFixed(2)),
    ]),
  };
  const outcome: Block[] = !input.outcome
    ? [{ type: 'paragraph', text: '对账尚未结束。', indent: true }]
    : input.outcome.agreedTotal !== null
      ? [
          {
            type: 'paragraph',
            indent: true,
            text: `双方对全部对账项目均无异议，确认截至${chineseDate(input.asOf)}，被执行人尚欠债务合计${amountWords(input.outcome.agreedTotal)}。`,
          },
        ]
      : [
          {
            type: 'paragraph',
            indent: true,
            text: `双方对以下${input.outcome.found.length}项存在争议，经本院审查认定如下：`,
          },
          ...input.outcome.found.map((f, i): Block => ({
            type: 'step',
            number: i + 1,
            text: `${f.subject}：${f.text}`,
          })),
          {
            type: 'paragraph',
            indent: true,
            text: `按本院认定，截至${chineseDate(input.asOf)}，被执行人尚欠债务合计${amountWords(input.outcome.courtTotal)}。`,
          },
        ];
  const blocks: Block[] = [
    { type: 'fields', rows: facts },
    { type: 'heading', text: '一、对账事项及双方意见' },
    ...entryBlocks,
    { type: 'heading', text: '二、争议事项及其金额影响' },
    ...disputes,
    totals,
    { type: 'heading', text: '三、对账结果' },
    ...outcome,
    { type: 'paragraph', text: zh('minutesEnd'), align: 'center' },
    {
      type: 'signatures',
      signers: input.signers.map((s) => ({
        role: s.role,
        ...(s.status === 'refused'
          ? { name: s.name, refused: s.reason ?? '' }
          : s.status === 'signed' && s.png
            ? { imagePng: s.png }
            : {}),
      })),
      date: chineseDate(input.date),
    },
  ];
  const pageSignatures: PageSignature[] = input.signers
    .filter((s) => s.everyPage)
    .map((s) => ({
      role: s.role,
      ...(s.status === 'refused'
        ? { name: s.name, refused: s.reason ?? '' }
        : s.status === 'signed' && s.png
          ? { imagePng: s.png }
          : {}),
    }));
  return {
    kind: 'reconMinutes',
    court: input.court,
    title: input.draft ? `对账笔录${zh('draft')}` : '对账笔录',
    ...(input.caseNumber ? { caseNumber: input.caseNumber } : {}),
    blocks,
    ...(pageSignatures.length > 0 ? { pageSignatures } : {}),
    keywords: 'hearing-desk:reconMinutes',
  };
}
