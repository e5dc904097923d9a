import { writtenDate } from '../../lib/money/input';
import { capitalAmount, chineseDate } from '../../lib/money/chinese';
import { copyHolders } from './wording';
import {
  agreementClauses,
  CLASS_LABELS,
  type Distribution,
  type DistributionClaim,
  type PlanClocks,
  type Projection,
  type Settlement,
} from './';
import type { Block, DocumentModel } from '../../platform/documents/model';
import { grouped } from '../ledger/document';
import { phrases } from './messages';

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
   * Who signs, in court order, with what they did. The participants sign every page footer
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

export const AGREEMENT_TITLE = phrases.agreementTitle;
export const DISTRIBUTION_TITLE = phrases.distributionTitle;
const { roles } = phrases;

/** Those bound by the agreement: the signers who sign every page, or, before signing, the parties named. */
function bound(input: AgreementInput): { role: string; name: string }[] {
  if (input.signers) return input.signers.filter((s) => s.everyPage);
  const payers = [
    ...new Set(input.settlement.items.flatMap((i) => (i.kind === 'thirdParty' ? [i.payer] : []))),
  ];
  const guarantor = input.settlement.clauses.guarantor;
  return [
    { role: roles.creditor, name: input.parties.creditor },
    { role: roles.debtor, name: input.parties.debtor },
    ...(guarantor ? [{ role: roles.guarantor, name: guarantor.name }] : []),
    ...payers.map((name) => ({ role: roles.thirdParty, name })),
  ];
}

export function agreementModel(input: AgreementInput): DocumentModel {
  const { settlement, projection, parties } = input;
  const blocks: Block[] = [];
  const guarantor = settlement.clauses.guarantor;
  blocks.push({
    type: 'fields',
    rows: [
      { label: roles.creditor, value: parties.creditor },
      { label: roles.debtor, value: parties.debtor },
      ...(guarantor ? [{ label: roles.guarantor, value: guarantor.name }] : []),
    ],
  });
  blocks.push({
    type: 'paragraph',
    indent: true,
    text: phrases.agreementIntro(input.caseNumber, input.title || ''),
  });
  for (const clause of agreementClauses(settlement, parties)) {
    blocks.push({ type: 'heading', text: clause.heading });
    for (const text of clause.paragraphs) blocks.push({ type: 'paragraph', indent: true, text });
  }
  blocks.push({ type: 'heading', text: phrases.scheduleHeading });
  blocks.push({
    type: 'table',
    columns: [
      { header: phrases.columnSeq, width: 0.9 },
      { header: phrases.columnDate, width: 1.9 },
      { header: phrases.columnItem, width: 3.6 },
      { header: phrases.columnAmount, width: 2, align: 'right' },
      { header: phrases.columnCumulative, width: 2.1, align: 'right' },
      { header: phrases.columnRemaining, width: 2.1, align: 'right' },
    ],
    rows: [
      ...projection.schedule.map((r) => [
        String(r.seq),
        r.date,
        r.counts ? r.label.zh : phrases.notCounted(r.label.zh),
        grouped(r.amount),
        grouped(r.cumulative),
        grouped(r.remaining),
      ]),
      [phrases.total, '', '', grouped(projection.planned), '', grouped(projection.gap)],
    ],
    totalRows: 1,
  });
  blocks.push({
    type: 'paragraph',
    indent: true,
    text: phrases.agreementTotals({
      total: grouped(projection.agreedTotal),
      totalCapital: capitalAmount(projection.agreedTotal),
      planned: grouped(projection.planned),
      plannedCapital: capitalAmount(projection.planned),
      gap: projection.balanced ? null : grouped(projection.gap),
    }),
  });
  blocks.push({
    type: 'paragraph',
    indent: true,
    text: phrases.agreementEffect(copyHolders(bound(input))),
  });
  blocks.push({
    type: 'signatures',
    signers: input.signers
      ? input.signers.map((s) => ({ role: s.role, ...signatureMark(s) }))
      : [
          { role: roles.creditor, name: '' },
          { role: roles.debtor, name: '' },
          ...(guarantor ? [{ role: roles.guarantor, name: '' }] : []),
        ],
    date: chineseDate(input.date),
  });
  if (input.court) blocks.push({ type: 'closing', lines: [phrases.agreementClosing(input.court)] });
  const title = input.draft ? phrases.draftTitle(AGREEMENT_TITLE) : AGREEMENT_TITLE;
  return {
    kind: 'agreement',
    court: input.court,
    title,
    ...(input.caseNumber ? { caseNumber: input.caseNumber } : {}),
    blocks,
    pageSignatures: input.signers
      ? input.signers.filter((s) => s.everyPage).map((s) => ({ role: s.role, ...signatureMark(s) }))
      : [{ role: roles.creditor }, { role: roles.debtor }],
    subject: phrases.agreementSubject(title, projection.agreedTotal),
  };
}

export type DistributionDocInput = {
  plan: { title: string; debtor: string; planDate: string; amount: string; claims: DistributionClaim[] };
  result: Distribution;
  /** the service, objection, opposition and suit dates on the day it is printed */
  deadlines: PlanClocks;
  court: string;
  caseNumber: string;
  issuedOn: string;
};

export function distributionModel(input: DistributionDocInput): DocumentModel {
  const { plan, result, deadlines } = input;
  const blocks: Block[] = [];
  blocks.push({
    type: 'paragraph',
    indent: true,
    text: phrases.distributionIntro({
      debtor: plan.debtor || '',
      amount: grouped(result.amount),
      amountCapital: capitalAmount(result.amount),
      claims: plan.claims.length,
      totalClaims: grouped(result.totalClaims),
      totalClaimsCapital: capitalAmount(result.totalClaims),
    }),
  });
  blocks.push({ type: 'paragraph', indent: true, text: result.basis.zh });
  blocks.push({ type: 'heading', text: phrases.headingClasses });
  blocks.push({
    type: 'table',
    columns: [
      { header: phrases.columnClass, width: 3.5 },
      { header: phrases.columnClassClaimed, width: 2.5, align: 'right' },
      { header: phrases.columnPaid, width: 2.5, align: 'right' },
      { header: phrases.columnRatio, width: 1.5, align: 'right' },
    ],
    rows: result.classes.map((c) => [
      CLASS_LABELS[c.class].zh,
      grouped(c.claimed),
      grouped(c.paid),
      `${c.ratio}%`,
    ]),
  });
  blocks.push({ type: 'heading', text: phrases.headingClaims });
  blocks.push({
    type: 'table',
    columns: [
      { header: phrases.columnSeq, width: 0.8 },
      { header: phrases.columnCreditor, width: 2.6 },
      { header: phrases.columnClass, width: 2.4 },
      { header: phrases.columnClaimed, width: 2, align: 'right' },
      { header: phrases.columnPaid, width: 2, align: 'right' },
      { header: phrases.columnPayNow, width: 2, align: 'right' },
      { header: phrases.columnSetAside, width: 1.8, align: 'right' },
      { header: phrases.columnUnpaid, width: 2, align: 'right' },
    ],
    rows: [
      ...result.claims.map((c) => [
        String(c.index + 1),
        c.creditor,
        c.parts.map((p) => CLASS_LABELS[p.class].zh).join(' / '),
        grouped(c.claimed),
        grouped(c.paid),
        grouped(c.payNow),
        grouped(c.setAside),
        grouped(c.unpaid),
      ]),
      [
        phrases.total,
        '',
        '',
        grouped(result.totalClaims),
        grouped(result.distributed),
        grouped(result.payNow),
        grouped(result.setAside),
        '',
      ],
    ],
    totalRows: 1,
  });
  for (const c of result.claims)
    if (c.paid !== '0.00')
      blocks.push({
        type: 'paragraph',
        size: 'small',
        text: phrases.share(c.index + 1, c.creditor, grouped(c.paid), capitalAmount(c.paid)),
      });
  blocks.push({
    type: 'paragraph',
    indent: true,
    text: phrases.payNowAndSetAside({
      payNow: grouped(result.payNow),
      payNowCapital: capitalAmount(result.payNow),
      setAside: result.setAside === '0.00' ? null : grouped(result.setAside),
      setAsideCapital: capitalAmount(result.setAside),
    }),
  });
  blocks.push({ type: 'heading', text: phrases.headingTrace });
  let step = 0;
  for (const t of result.trace)
    blocks.push(
      t.sub
        ? { type: 'paragraph', size: 'small', indent: true, text: t.zh }
        : { type: 'step', number: ++step, text: t.zh },
    );
  blocks.push({ type: 'paragraph', size: 'small', text: phrases.residualRule(result.rule.zh) });
  if (result.leftover !== '0.00')
    blocks.push({
      type: 'paragraph',
      indent: true,
      text: phrases.leftover(grouped(result.leftover), capitalAmount(result.leftover)),
    });
  blocks.push({ type: 'heading', text: phrases.headingClocks });
  if (deadlines.objection.length > 0)
    blocks.push({
      type: 'table',
      columns: [
        { header: phrases.columnParty, width: 4 },
        { header: phrases.columnServedOn, width: 3 },
        { header: phrases.columnObjectionEnds, width: 3 },
      ],
      rows: deadlines.objection.map((d) => [d.party ?? '', writtenDate(d.from), writtenDate(d.deadline)]),
    });
  if (deadlines.unserved.length > 0)
    blocks.push({ type: 'paragraph', indent: true, text: phrases.unserved(deadlines.unserved) });
  if (deadlines.opposition)
    blocks.push({
      type: 'paragraph',
      indent: true,
      text: phrases.oppositionEnds(
        writtenDate(deadlines.opposition.from),
        writtenDate(deadlines.opposition.deadline),
      ),
    });
  if (deadlines.suit)
    blocks.push({
      type: 'paragraph',
      indent: true,
      text: phrases.suitEnds(writtenDate(deadlines.suit.from), writtenDate(deadlines.suit.deadline)),
    });
  blocks.push({
    type: 'paragraph',
    indent: true,
    text: phrases.clockStage(writtenDate(deadlines.asOf), deadlines.stageText.zh),
  });
  blocks.push({ type: 'paragraph', size: 'small', indent: true, text: deadlines.rule.zh });
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
    subject: phrases.distributionSubject(title, grouped(result.amount)),
  };
}
