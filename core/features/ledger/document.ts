import { SETTING_LABELS } from '../../lib/interest/settings';
import type { ComputeResult, Ledger, LedgerObligation, Schedule, Settings } from '../../lib/interest/types';
import { capitalAmount, chineseDate } from '../../lib/money/chinese';
import { dec, sum } from '../../lib/money/decimal';
import type { Block, DocumentModel } from '../../platform/documents/model';
import {
  BUCKET_ZH,
  OBLIGATION_KIND_ZH,
  REGIME_ZH,
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

/** 830000.5 → 830,000.50: grouped for reading, always two decimals. */
export function grouped(amount: string): string {
  const [int, frac = '00'] = dec(amount).toFixed(2).split('.') as [string, string?];
  const negative = int.startsWith('-');
  const digits = negative ? int.slice(1) : int;
  return `${negative ? '-' : ''}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac.padEnd(2, '0')}`;
}

function scheduleText(s: Schedule): string {
  const words = phrases.schedule;
  const times = s.multiplier && s.multiplier !== '1' ? ` × ${s.multiplier}` : '';
  const basis = s.dayBasis ? words.dayBasis(s.dayBasis) : '';
  switch (s.type) {
    case 'fixed':
      return `${words.fixed(s.annual)}${times}${basis}`;
    case 'benchmark': {
      const band = SETTING_VALUE_ZH[`band.fixed:${s.band}`]?.replace(words.fixedBandPrefix, '') ?? s.band;
      return `${words.benchmark(band)}${times}${basis}`;
    }
    case 'lpr1y':
      return `${words.lpr1y}${times}${basis}`;
    case 'lpr5y':
      return `${words.lpr5y}${times}${basis}`;
    case 'benchmarkThenLpr':
      return `${words.benchmarkThenLpr}${times}${basis}`;
    default: {
      const never: never = s;
      throw new Error(`unknown schedule ${JSON.stringify(never)}`);
    }
  }
}

function obligationRow(o: LedgerObligation): string[] {
  if (o.kind === 'interestRunning') {
    const until = o.until ? phrases.untilDate(o.until) : phrases.untilPaid;
    return [
      o.id,
      o.label ?? '',
      OBLIGATION_KIND_ZH[o.kind]!,
      '—',
      phrases.runningInterest(o.base, o.from, until, scheduleText(o.schedule)),
    ];
  }
  return [o.id, o.label ?? '', OBLIGATION_KIND_ZH[o.kind]!, grouped(o.amount), phrases.due(o.due)];
}

function settingValue(key: keyof Settings, settings: Settings): string {
  const value = settings[key];
  if (key === 'regimeCOrder' || key === 'agreedOrders') {
    if (key === 'agreedOrders') {
      const list = settings.agreedOrders;
      if (list.length === 0) return phrases.none;
      return list
        .map((a) =>
          phrases.agreedOrder(
            a.from,
            a.to,
            Array.isArray(a.order)
              ? a.order.map((b) => BUCKET_ZH[b]).join(' → ')
              : (SETTING_VALUE_ZH[`regimeAOrder.${a.order}`] ?? a.order),
          ),
        )
        .join(phrases.listSeparator);
    }
    return settings.regimeCOrder.map((b) => BUCKET_ZH[b] ?? b).join(' → ');
  }
  return SETTING_VALUE_ZH[`${key}.${String(value)}`] ?? String(value);
}

function label(ledger: Ledger, id: string): string {
  const o = ledger.obligations.find((x) => x.id === id);
  return o?.label ? `${id} ${o.label}` : id;
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
    rows: ledger.obligations.map(obligationRow),
  });

  heading(headings.payments);
  if (ledger.payments.length === 0) blocks.push({ type: 'paragraph', text: zh('noPayments') });
  else {
    const total = sum(ledger.payments.map((p) => dec(p.amount))).toFixed(2);
    blocks.push({
      type: 'table',
      columns: [
        { header: columns.number, width: 1 },
        { header: columns.code, width: 1.4 },
        { header: columns.date, width: 2.2 },
        { header: columns.method, width: 1.8 },
        { header: columns.amountYuan, width: 2.6, align: 'right' },
      ],
      rows: [
        ...ledger.payments.map((p, i) => [
          String(i + 1),
          p.id,
          p.date,
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
      rows: excluded.map((e) => [e.from, e.to, e.reason ?? '']),
    });

  heading(headings.basis);
  blocks.push({
    type: 'fields',
    rows: [
      { label: zh('asOf'), value: phrases.dateWithIso(chineseDate(result.asOf), result.asOf) },
      { label: zh('rules'), value: result.rules },
      { label: zh('rateTable'), value: result.rateTable },
      ...(input.rateSources
        ? [
            { label: phrases.benchmarkSource, value: input.rateSources.benchmark },
            { label: phrases.lprSource, value: input.rateSources.lpr },
          ]
        : []),
    ],
  });
  blocks.push({
    type: 'table',
    columns: [
      { header: columns.setting, width: 4.5 },
      { header: columns.adopted, width: 5.5 },
    ],
    rows: (Object.keys(SETTING_LABELS) as (keyof Settings)[]).map((key) => [
      SETTING_LABELS[key].zh,
      settingValue(key, result.settings),
    ]),
  });

  heading(headings.allocations);
  if (result.allocations.length === 0) blocks.push({ type: 'paragraph', text: zh('noPayments') });
  else {
    const rows: string[][] = [];
    for (const a of result.allocations) {
      const head = [a.date, a.payment, grouped(a.amount), REGIME_ZH[a.regime] ?? a.regime];
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
        { header: columns.date, width: 2.1 },
        { header: columns.payment, width: 1.1 },
        { header: columns.paymentAmount, width: 2.1, align: 'right' },
        { header: columns.rule, width: 1.7 },
        { header: columns.appliedTo, width: 1.8 },
        { header: columns.bucket, width: 2 },
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
      ...lines.map((l) => [
        l.label ? `${l.obligation} ${l.label}` : l.obligation,
        BUCKET_ZH[l.bucket] ?? l.bucket,
        grouped(l.amount),
      ]),
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

  heading(headings.trace);
  for (const step of result.trace)
    blocks.push({ type: 'step', number: step.step, text: step.zh, formula: step.formula });

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
