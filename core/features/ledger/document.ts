import type { ComputeResult, Ledger, LedgerObligation, Settings } from '../../lib/interest/types';
import { doubledOverPrincipal } from '../../lib/interest/warnings';
import { addDays } from '../../lib/money/dates';
import { groupedAmount, writtenDate } from '../../lib/money/input';
import { ratePhrases } from '../../lib/rates/messages';
import { statedWording } from '../../lib/rates/stated';
import { rateTableText } from '../../lib/rates/wording';
import { rulesText } from '../../lib/interest/court';
import { capitalAmount, chineseDate } from '../../lib/money/chinese';
import { dec, sum } from '../../lib/money/decimal';
import type { Block, DocumentModel } from '../../platform/documents/model';
import {
  BUCKET_ZH,
  OBLIGATION_KIND_ZH,
  ROLE_ZH,
  SETTING_VALUE_ZH,
  zh,
} from '../../platform/documents/messages';
import { DEFAULT_PAYMENT_KIND } from '../../lib/interest/vocabulary';
import { phrases } from './messages';

/**
 * 迟延履行利息计算说明: a pure function from the engine's result (and the ledger it was computed from)
 * to a document model. The same trace the screen and the CLI show is printed step by step.
 */

export type StatementParty = {
  role: 'applicant' | 'respondent' | 'third';
  name: string;
  representative?: string;
  /** printed as given: masked or not by the caller (core/platform/documents/privacy.ts) */
  idNumber?: string;
  phone?: string;
};

/** 「张某某（委托代理人王某），证件号码 110***********1234，电话 139****1111」 */
function partyLine(p: StatementParty): string {
  let line = p.representative ? phrases.withRepresentative(p.name, p.representative) : p.name;
  if (p.idNumber) line += phrases.idNumber(p.idNumber);
  if (p.phone) line += phrases.phone(p.phone);
  return line;
}

export type CaseInfo = {
  court?: string;
  caseNumber?: string;
  /** 案由, e.g. 买卖合同纠纷 */
  title?: string;
  parties?: StatementParty[];
};

export type StatementInput = {
  result: ComputeResult;
  ledger: Ledger;
  info?: CaseInfo;
  /** The day the statement is issued (ISO), printed in the 落款. */
  issuedOn: string;
  rateSources?: { benchmark: string; lpr: string };
};

/** 830000.5 → 830,000.50: the one display format (core/lib/money/input.ts). */
export function grouped(amount: string): string {
  return groupedAmount(dec(amount).toFixed(2));
}

const BAND_WORDS: Record<string, string> = ratePhrases.bands;

function obligationRow(o: LedgerObligation, ledger: Ledger): string[] {
  if (o.kind === 'interestRunning') {
    const until = o.until ? phrases.untilDate(writtenDate(o.until)) : phrases.untilPaid;
    // the engine counts (from, e]: the judgment's 「自 X 起」 is the day after `from`
    const first = writtenDate(addDays(o.from, 1));
    const base = ledger.obligations.find((b) => b.id === o.base)?.label || o.base;
    return [
      o.id,
      o.label ?? '',
      OBLIGATION_KIND_ZH[o.kind]!,
      '—',
      phrases.runningInterest(base, first, until, statedWording(o.schedule)),
    ];
  }
  return [
    o.id,
    o.label ?? '',
    OBLIGATION_KIND_ZH[o.kind]!,
    grouped(o.amount),
    phrases.due(writtenDate(o.due)),
  ];
}

/** Every setting as a sentence with its basis, then S7 per obligation (courts differ on fees). */
function settingLines(settings: Settings, ledger: Ledger): string[] {
  const w = phrases.settingLines;
  const orderWords = (order: Settings['regimeAOrder'] | Settings['regimeCOrder']) =>
    Array.isArray(order)
      ? order.map((b) => BUCKET_ZH[b]).join(' → ')
      : (SETTING_VALUE_ZH[`regimeAOrder.${order}`] ?? '');
  const band =
    settings.band === 'byDelayLength'
      ? w.band.byDelayLength
      : w.band.fixed(BAND_WORDS[settings.band.slice(6)] ?? '');
  const agreed =
    settings.agreedOrders.length === 0
      ? phrases.none
      : settings.agreedOrders
          .map((a) =>
            phrases.agreedOrder(
              writtenDate(a.from),
              a.to === null ? null : writtenDate(a.to),
              orderWords(a.order as Settings['regimeAOrder']),
            ),
          )
          .join(phrases.listSeparator);
  const lines = [
    w.dayBasis[settings.dayBasis],
    w.dayCount[settings.dayCount],
    band,
    w.rateChange[settings.rateChange],
    w.oldBandTo[settings.oldBandTo],
    w.regimeAOrder(orderWords(settings.regimeAOrder)),
    w.regimeB,
    w.regimeCOrder(orderWords(settings.regimeCOrder)),
    w.doubledRate,
    w.agreedOrders(agreed),
    w.rounding,
  ];
  for (const o of ledger.obligations) {
    if (o.kind === 'interestRunning') continue;
    const yes = o.inDelayBase ?? (o.kind === 'principal' || o.kind === 'fee');
    lines.push(phrases.inDelayBase(o.label || OBLIGATION_KIND_ZH[o.kind]!, yes));
  }
  if (!ledger.obligations.some((o) => o.kind === 'interestRunning' || o.kind === 'interestFixed'))
    lines.push(phrases.noGeneralInterest);
  return lines;
}

function label(ledger: Ledger, id: string): string {
  const o = ledger.obligations.find((x) => x.id === id);
  return o?.label || id;
}

export function statementModel(input: StatementInput): DocumentModel {
  const { result, ledger, info = {} } = input;
  const caseNumber = info.caseNumber || ledger.caseNumber || '';
  const blocks: Block[] = [];
  let section = 0;
  const heading = (text: string) =>
    blocks.push({ type: 'heading', text: phrases.heading(phrases.numerals[section++]!, text) });
  const { headings, columns } = phrases;

  blocks.push({
    type: 'paragraph',
    indent: true,
    text: zh('statementIntro', {
      case: caseNumber ? phrases.thisCaseNamed(caseNumber, info.title ?? '') : zh('thisCase'),
      asOf: chineseDate(result.asOf),
    }),
  });

  const parties = info.parties ?? [];
  if (parties.length > 0) {
    heading(headings.parties);
    blocks.push({
      type: 'fields',
      rows: parties.map((p) => ({
        label: ROLE_ZH[p.role] ?? p.role,
        value: partyLine(p),
      })),
    });
  }

  heading(headings.obligations);
  blocks.push({
    type: 'table',
    columns: [
      { header: columns.code, width: 1 },
      { header: columns.item, width: 2.2 },
      { header: columns.kind, width: 2 },
      { header: columns.amountYuan, width: 2.2, align: 'right' },
      { header: columns.termOrSchedule, width: 4.6 },
    ],
    rows: ledger.obligations.map((o) => obligationRow(o, ledger)),
  });

  heading(headings.payments);
  if (ledger.payments.length === 0) blocks.push({ type: 'paragraph', text: zh('noPayments') });
  else {
    const total = sum(ledger.payments.map((p) => dec(p.amount))).toFixed(2);
    blocks.push({
      type: 'table',
      columns: [
        { header: columns.number, width: 1 },
        { header: columns.code, width: 1.2 },
        { header: columns.date, width: 2.8 },
        { header: columns.method, width: 1.8 },
        { header: columns.amountYuan, width: 2.6, align: 'right' },
      ],
      rows: [
        ...ledger.payments.map((p, i) => [
          String(i + 1),
          p.id,
          writtenDate(p.date),
          p.kind ?? DEFAULT_PAYMENT_KIND,
          grouped(p.amount),
        ]),
        [zh('total'), '', '', '', grouped(total)],
      ],
      totalRows: 1,
    });
  }

  heading(headings.excluded);
  const excluded = ledger.excluded ?? [];
  if (excluded.length === 0) blocks.push({ type: 'paragraph', text: zh('noExcluded') });
  else
    blocks.push({
      type: 'table',
      columns: [
        { header: columns.from, width: 2 },
        { header: columns.to, width: 2 },
        { header: columns.reason, width: 6 },
      ],
      rows: excluded.map((e) => [writtenDate(e.from), writtenDate(e.to), e.reason ?? '']),
    });

  heading(headings.basis);
  blocks.push({
    type: 'fields',
    rows: [
      { label: zh('asOf'), value: chineseDate(result.asOf) },
      { label: zh('rules'), value: rulesText(result.rules) },
      { label: zh('rateTable'), value: rateTableText(result.rateTable) },
      ...(input.rateSources
        ? [
            { label: phrases.benchmarkSource, value: input.rateSources.benchmark },
            { label: phrases.lprSource, value: input.rateSources.lpr },
          ]
        : []),
    ],
  });
  blocks.push({ type: 'paragraph', text: phrases.settingsHeading });
  settingLines(result.settings, ledger).forEach((line, i) =>
    blocks.push({ type: 'step', number: i + 1, text: line }),
  );

  heading(headings.allocations);
  if (result.allocations.length === 0) blocks.push({ type: 'paragraph', text: zh('noPayments') });
  else {
    const rows: string[][] = [];
    for (const a of result.allocations) {
      const head = [writtenDate(a.date), a.payment, grouped(a.amount), phrases.regimeColumn[a.regime] ?? ''];
      const parts = a.parts.map((p) => [
        label(ledger, p.obligation),
        BUCKET_ZH[p.bucket] ?? p.bucket,
        grouped(p.amount),
      ]);
      if (a.overpaid !== '0.00') parts.push(['', zh('overpaid'), grouped(a.overpaid)]);
      if (parts.length === 0) parts.push(['', '', '']);
      parts.forEach((part, i) => rows.push([...(i === 0 ? head : ['', '', '', '']), ...part]));
    }
    blocks.push({
      type: 'table',
      columns: [
        { header: columns.date, width: 2.7 },
        { header: columns.payment, width: 0.9 },
        { header: columns.paymentAmount, width: 2.1, align: 'right' },
        { header: columns.rule, width: 1.6 },
        { header: columns.appliedTo, width: 1.6 },
        { header: columns.bucket, width: 2.2 },
        { header: columns.appliedAmount, width: 2.1, align: 'right' },
      ],
      rows,
    });
  }

  heading(headings.balances);
  const lines = result.lines.filter((l) => l.amount !== '0.00');
  blocks.push({
    type: 'table',
    columns: [
      { header: columns.item, width: 4 },
      { header: columns.bucket, width: 3 },
      { header: columns.amountYuan, width: 3, align: 'right' },
    ],
    rows: [
      ...lines.map((l) => [l.label || l.obligation, BUCKET_ZH[l.bucket] ?? l.bucket, grouped(l.amount)]),
      ...(['principal', 'fee', 'generalInterest', 'oldDelay', 'doubled'] as const).map((b) => [
        phrases.subtotal(BUCKET_ZH[b]!),
        '',
        grouped(result.balances[b]),
      ]),
      [zh('total'), '', grouped(result.balances.total)],
    ],
    totalRows: 1,
  });
  blocks.push({
    type: 'paragraph',
    indent: true,
    text: zh('totalCapital', {
      asOf: chineseDate(result.asOf),
      amount: grouped(result.balances.total),
      capital: capitalAmount(result.balances.total),
    }),
  });

  const warning = doubledOverPrincipal(result, ledger);
  if (warning)
    blocks.push({
      type: 'paragraph',
      indent: true,
      text: phrases.doubledExceedsPrincipal(grouped(warning.doubled), grouped(warning.principal)),
    });

  heading(headings.trace);
  for (const step of result.trace)
    blocks.push({ type: 'step', number: step.step, text: step.court ?? step.zh });

  blocks.push({ type: 'closing', lines: [...(info.court ? [info.court] : []), chineseDate(input.issuedOn)] });

  return {
    kind: 'statement',
    court: info.court ?? '',
    title: zh('statementTitle'),
    ...(caseNumber ? { caseNumber } : {}),
    blocks,
    subject: phrases.subject(zh('statementTitle'), result.asOf),
  };
}
