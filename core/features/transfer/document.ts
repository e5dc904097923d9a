import type { ComputeResult, Ledger } from '../../lib/interest/types';
import { capitalAmount, chineseDate } from '../../lib/money/chinese';
import { dec, sum } from '../../lib/money/decimal';
import type { MeasureKind } from '../measures/rules';
import { phrases as measurePhrases } from '../measures/messages';
import { phrases } from './messages';
import { DEFAULT_PAYMENT_KIND } from './vocabulary';
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

export const STATUS_ACCOUNT_TITLE = phrases.title;

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

/** The sections for hearings and settlements, each only when its list is given. */
export function otherProceedings(other: OtherProceedings, heading: (text: string) => Block): Block[] {
  const blocks: Block[] = [];
  const [item, date, status] = phrases.proceedingColumns;
  const table = (rows: { title: string; date: string; status: string }[]): Block => ({
    type: 'table',
    columns: [
      { header: item, width: 5 },
      { header: date, width: 2.2 },
      { header: status, width: 2.8 },
    ],
    rows: rows.map((r) => [r.title, r.date, r.status]),
  });
  if (other.hearings) {
    blocks.push(heading(phrases.hearings));
    blocks.push(
      other.hearings.length === 0 ? { type: 'paragraph', text: phrases.noHearings } : table(other.hearings),
    );
  }
  if (other.settlements) {
    blocks.push(heading(phrases.settlements));
    blocks.push(
      other.settlements.length === 0
        ? { type: 'paragraph', text: phrases.noSettlements }
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
  const heading = (text: string) => blocks.push({ type: 'heading', text: phrases.section(section++, text) });
  const realised = sum(ledger.payments.map((p) => dec(p.amount))).toFixed(2);
  const unrealised = result.balances.total;

  blocks.push({
    type: 'paragraph',
    indent: true,
    text: phrases.intro({
      caseNumber: input.caseNumber,
      title: input.title,
      decidedOn: input.transfer.decisionDate ? chineseDate(input.transfer.decisionDate) : null,
      receivingCourt: input.transfer.receivingCourt,
      transferDate: chineseDate(input.transfer.transferDate),
    }),
  });

  heading(phrases.parties);
  blocks.push(
    input.parties.length === 0
      ? { type: 'paragraph', text: phrases.noParties }
      : {
          type: 'fields',
          rows: input.parties.map((p) => ({
            label: ROLE_ZH[p.role] ?? p.role,
            value: p.representative ? phrases.withRepresentative(p.name, p.representative) : p.name,
          })),
        },
  );

  heading(phrases.basis);
  blocks.push({
    type: 'fields',
    rows: [
      { label: phrases.originalCaseNumber, value: input.caseNumber },
      ...(input.legalDocument ? [{ label: phrases.legalDocument, value: input.legalDocument }] : []),
    ],
  });
  const [code, label, kind, amount, term] = phrases.obligationColumns;
  blocks.push({
    type: 'table',
    columns: [
      { header: code, width: 1 },
      { header: label, width: 2.6 },
      { header: kind, width: 2 },
      { header: amount, width: 2.2, align: 'right' },
      { header: term, width: 3.6 },
    ],
    rows: ledger.obligations.map((o) =>
      o.kind === 'interestRunning'
        ? [o.id, o.label ?? '', OBLIGATION_KIND_ZH[o.kind]!, '—', phrases.runningFrom(o.base, o.from)]
        : [o.id, o.label ?? '', OBLIGATION_KIND_ZH[o.kind]!, grouped(o.amount), phrases.dueOn(o.due)],
    ),
  });

  heading(phrases.realised);
  const [number, day, way, paid] = phrases.paymentColumns;
  if (ledger.payments.length === 0) blocks.push({ type: 'paragraph', text: phrases.noPayments });
  else
    blocks.push({
      type: 'table',
      columns: [
        { header: number, width: 1 },
        { header: day, width: 2.2 },
        { header: way, width: 2 },
        { header: paid, width: 2.6, align: 'right' },
      ],
      rows: [
        ...ledger.payments.map((p, i) => [
          String(i + 1),
          p.date,
          p.kind ?? DEFAULT_PAYMENT_KIND,
          grouped(p.amount),
        ]),
        [phrases.total, '', '', grouped(realised)],
      ],
      totalRows: 1,
    });

  heading(phrases.unrealised);
  const [bucket, owed] = phrases.balanceColumns;
  const b = phrases.balances;
  blocks.push({
    type: 'table',
    columns: [
      { header: bucket, width: 5 },
      { header: owed, width: 3, align: 'right' },
    ],
    rows: [
      [b.principal, grouped(result.balances.principal)],
      [b.fee, grouped(result.balances.fee)],
      [b.generalInterest, grouped(result.balances.generalInterest)],
      [b.oldDelay, grouped(result.balances.oldDelay)],
      [b.doubled, grouped(result.balances.doubled)],
      [phrases.total, grouped(unrealised)],
    ],
    totalRows: 1,
  });
  blocks.push({
    type: 'paragraph',
    indent: true,
    text: phrases.unrealisedTotal({
      rules: result.rules,
      rateTable: result.rateTable,
      asOf: chineseDate(result.asOf),
      amount: grouped(unrealised),
      capital: capitalAmount(unrealised),
    }),
  });

  heading(phrases.measures);
  const [measure, object, ruling, period, state] = phrases.measureColumns;
  if (input.measures.length === 0) blocks.push({ type: 'paragraph', text: phrases.none });
  else
    blocks.push({
      type: 'table',
      columns: [
        { header: measure, width: 2 },
        { header: object, width: 3.6 },
        { header: ruling, width: 2.6 },
        { header: period, width: 2.8 },
        { header: state, width: 1.6 },
      ],
      rows: input.measures.map((m) => [
        measurePhrases.kinds[m.kind],
        m.object,
        m.rulingNumber,
        measurePhrases.term(m.startDate, m.expiresOn),
        m.statusZh,
      ]),
    });

  heading(phrases.sessions);
  const [session, started, status, outcome] = phrases.sessionColumns;
  if (input.sessions.length === 0) blocks.push({ type: 'paragraph', text: phrases.noSessions });
  else
    blocks.push({
      type: 'table',
      columns: [
        { header: session, width: 1.4 },
        { header: started, width: 2.6 },
        { header: status, width: 1.8 },
        { header: outcome, width: 4.2 },
      ],
      rows: input.sessions.map((s) => [`#${s.id}`, s.createdAt, s.stateZh, s.outcome]),
    });

  blocks.push(
    ...otherProceedings(input.other ?? {}, (text) => ({
      type: 'heading',
      text: phrases.section(section++, text),
    })),
  );

  heading(phrases.pendingMatters);
  blocks.push({ type: 'paragraph', indent: true, text: input.pendingMatters.trim() || phrases.none });

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
    subject: phrases.subject(result.asOf, unrealised),
  };
}
