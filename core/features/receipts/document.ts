import { capitalAmount, chineseDate } from '../../lib/money/chinese';
import type { Block, DocumentModel } from '../../platform/documents/model';
import { grouped } from '../ledger/document';
import { writtenDate } from '../../lib/money/input';
import type { Receipt } from './model';
import { phrases } from './messages';

/** The monthly 执行款收付台账 and the 收款笔录 of a cash receipt, as document models. */

export type LedgerRow = {
  receipt: Receipt;
  paidOut: string;
  caseNumber: string;
  judge: string;
  creditors: string;
  debtors: string;
};

export function ledgerModel(input: {
  month: string;
  rows: LedgerRow[];
  total: string;
  paidOut: string;
  reconcilers: readonly [string, string];
  court: string;
  issuedOn: string;
}): DocumentModel {
  const [year, month] = input.month.split('-') as [string, string];
  const blocks: Block[] = [
    {
      type: 'paragraph',
      indent: true,
      text: phrases.ledgerIntro(year, Number(month), input.rows.length, grouped(input.total)),
    },
    {
      type: 'table',
      columns: [
        { header: phrases.columnReceivedOn, width: 1.9 },
        { header: phrases.columnAmount, width: 2.3, align: 'right' },
        { header: phrases.columnCaseNumber, width: 2.5 },
        { header: phrases.columnJudge, width: 1.4 },
        { header: phrases.columnCreditor, width: 1.7 },
        { header: phrases.columnDebtor, width: 1.4 },
        { header: phrases.columnPayer, width: 1.6 },
        { header: phrases.columnReason, width: 1.6 },
        { header: phrases.columnPaidOut, width: 2.3, align: 'right' },
      ],
      rows: [
        ...input.rows.map((r) => [
          writtenDate(r.receipt.receivedOn),
          grouped(r.receipt.amount),
          r.caseNumber,
          r.judge,
          r.creditors,
          r.debtors,
          r.receipt.payer,
          r.receipt.reason,
          grouped(r.paidOut),
        ]),
        [phrases.total, grouped(input.total), '', '', '', '', '', '', grouped(input.paidOut)],
      ],
      totalRows: 1,
    },
    {
      type: 'signatures',
      signers: input.reconcilers.map((name, i) => ({ role: phrases.reconciler(i + 1), name })),
      date: chineseDate(input.issuedOn),
    },
  ];
  return {
    kind: 'receiptsLedger',
    court: input.court,
    title: phrases.ledgerTitle,
    blocks,
    subject: phrases.ledgerSubject(input.month),
  };
}

export function cashReceiptModel(input: {
  receipt: Receipt;
  caseNumber: string;
  court: string;
}): DocumentModel {
  const r = input.receipt;
  return {
    kind: 'cashReceipt',
    court: input.court,
    title: phrases.cashTitle,
    ...(input.caseNumber ? { caseNumber: input.caseNumber } : {}),
    blocks: [
      {
        type: 'paragraph',
        indent: true,
        text: phrases.cashBody({
          date: chineseDate(r.receivedOn),
          payer: r.payer,
          caseNumber: input.caseNumber,
          amount: grouped(r.amount),
          capital: capitalAmount(r.amount),
          reason: r.reason,
        }),
      },
      {
        type: 'signatures',
        signers: [
          { role: phrases.cashPayer, name: '' },
          { role: phrases.cashOfficer(1), name: '' },
          { role: phrases.cashOfficer(2), name: '' },
        ],
        date: chineseDate(r.receivedOn),
      },
    ],
    subject: phrases.cashSubject(r.payer, grouped(r.amount)),
  };
}
