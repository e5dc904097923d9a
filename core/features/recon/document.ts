import { capitalAmount, chineseDate } from '../../lib/money/chinese';
import { dec } from '../../lib/money/decimal';
import type { Block, DocumentModel, PageSignature } from '../../platform/documents/model';
import { zh } from '../../platform/documents/messages';
import { grouped } from '../ledger/document';
import { phrases } from './messages';

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
  /** court: null until the court has found on an entry (no court total before any finding) */
  totals: { record: string; creditor: string; debtor: string; court: string | null };
  disputes: { subject: string; side: string; total: string; delta: string }[];
  /** per side, what its disputes are worth together beyond their sum one by one (omitted when zero) */
  interaction?: { side: string; delta: string }[];
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
    ? phrases.overpaid(grouped(dec(amount).negated().toFixed(2)))
    : phrases.owed(grouped(amount), capitalAmount(amount));

export function reconMinutesModel(input: ReconMinutesInput): DocumentModel {
  const facts = [
    { label: phrases.time, value: `${chineseDate(input.date)}${input.time ? ` ${input.time}` : ''}` },
    ...(input.caseTitle ? [{ label: phrases.caseTitle, value: input.caseTitle }] : []),
    { label: phrases.asOf, value: chineseDate(input.asOf) },
    ...input.participants.map((p) => ({ label: p.role, value: p.name })),
  ];
  const entryBlocks = input.entries.flatMap((e, i): Block[] => [
    { type: 'entry', number: i + 1, speaker: e.status, text: e.subject },
    ...e.positions.map((p): Block => ({ type: 'entry', speaker: p.side, text: phrases.at(p.text, p.at) })),
    ...(e.finding
      ? [
          {
            type: 'entry',
            speaker: phrases.courtFinding,
            text: phrases.at(e.finding.text, e.finding.at),
          } as Block,
        ]
      : []),
  ]);
  const disputes: Block[] =
    input.disputes.length === 0
      ? [{ type: 'paragraph', text: phrases.noDisputes, indent: true }]
      : [
          {
            type: 'table',
            columns: [
              { header: phrases.disputeColumns[0], width: 4 },
              { header: phrases.disputeColumns[1], width: 1.6 },
              { header: phrases.disputeColumns[2], width: 2.4, align: 'right' },
              { header: phrases.disputeColumns[3], width: 2, align: 'right' },
            ],
            rows: [
              ...input.disputes.map((d) => [d.subject, d.side, grouped(d.total), signed(d.delta)]),
              ...(input.interaction ?? []).map((r) => [phrases.interaction, r.side, '', signed(r.delta)]),
            ],
          },
        ];
  const totals: Block = {
    type: 'table',
    columns: [
      { header: phrases.totalsColumns[0], width: 3 },
      { header: phrases.totalsColumns[1], width: 2, align: 'right' },
      { header: phrases.totalsColumns[2], width: 2, align: 'right' },
    ],
    rows: (['record', 'creditor', 'debtor', 'court'] as const).flatMap((version) => {
      const total = input.totals[version];
      return total === null
        ? []
        : [
            [
              phrases.totalsRows[version],
              grouped(total),
              signed(dec(total).minus(input.totals.record).toFixed(2)),
            ],
          ];
    }),
  };
  const outcome: Block[] = !input.outcome
    ? [{ type: 'paragraph', text: phrases.notClosed, indent: true }]
    : input.outcome.agreedTotal !== null
      ? [
          {
            type: 'paragraph',
            indent: true,
            text: phrases.agreedOutcome(chineseDate(input.asOf), amountWords(input.outcome.agreedTotal)),
          },
        ]
      : [
          {
            type: 'paragraph',
            indent: true,
            text: phrases.disputedOutcome(input.outcome.found.length),
          },
          ...input.outcome.found.map((f, i): Block => ({
            type: 'step',
            number: i + 1,
            text: phrases.foundItem(f.subject, f.text),
          })),
          {
            type: 'paragraph',
            indent: true,
            text: phrases.courtOutcome(chineseDate(input.asOf), amountWords(input.outcome.courtTotal)),
          },
        ];
  const blocks: Block[] = [
    { type: 'fields', rows: facts },
    { type: 'heading', text: phrases.entriesHeading },
    ...entryBlocks,
    { type: 'heading', text: phrases.disputesHeading },
    ...disputes,
    totals,
    { type: 'heading', text: phrases.outcomeHeading },
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
    title: input.draft ? `${phrases.title}${zh('draft')}` : phrases.title,
    ...(input.caseNumber ? { caseNumber: input.caseNumber } : {}),
    blocks,
    ...(pageSignatures.length > 0 ? { pageSignatures } : {}),
    keywords: 'hearing-desk:reconMinutes',
  };
}
