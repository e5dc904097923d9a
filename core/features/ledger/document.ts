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
  let line = p.representative ? `${p.name}（${p.representative}）` : p.name;
  if (p.idNumber) line += `，证件号码 ${p.idNumber}`;
  if (p.phone) line += `，电话 ${p.phone}`;
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

const NUMERALS = '一二三四五六七八九十';

/** 830000.5 → 830,000.50: grouped for reading, always two decimals. */
export function grouped(amount: string): string {
  const [int, frac = '00'] = dec(amount).toFixed(2).split('.') as [string, string?];
  const negative = int.startsWith('-');
  const digits = negative ? int.slice(1) : int;
  return `${negative ? '-' : ''}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac.padEnd(2, '0')}`;
}

function scheduleText(s: Schedule): string {
  const times = s.multiplier && s.multiplier !== '1' ? ` × ${s.multiplier}` : '';
  const basis = s.dayBasis ? `，按 ${s.dayBasis} 天折算日利率` : '';
  switch (s.type) {
    case 'fixed':
      return `固定年利率 ${s.annual}${times}${basis}`;
    case 'benchmark':
      return `中国人民银行同期贷款基准利率（${SETTING_VALUE_ZH[`band.fixed:${s.band}`]?.replace('固定：', '') ?? s.band}）${times}${basis}`;
    case 'lpr1y':
      return `一年期贷款市场报价利率（LPR）${times}${basis}`;
    case 'lpr5y':
      return `五年期以上贷款市场报价利率（LPR）${times}${basis}`;
    case 'benchmarkThenLpr':
      return `2019年8月19日前按基准利率、此后按一年期LPR${times}${basis}`;
    default: {
      const never: never = s;
      throw new Error(`unknown schedule ${JSON.stringify(never)}`);
    }
  }
}

function obligationRow(o: LedgerObligation): string[] {
  if (o.kind === 'interestRunning') {
    const until = o.until ? `至 ${o.until}` : '至清偿之日';
    return [
      o.id,
      o.label ?? '',
      OBLIGATION_KIND_ZH[o.kind]!,
      '—',
      `以 ${o.base} 为基数，自 ${o.from} ${until}；${scheduleText(o.schedule)}`,
    ];
  }
  return [o.id, o.label ?? '', OBLIGATION_KIND_ZH[o.kind]!, grouped(o.amount), `履行期限届满日 ${o.due}`];
}

function settingValue(key: keyof Settings, settings: Settings): string {
  const value = settings[key];
  if (key === 'regimeCOrder' || key === 'agreedOrders') {
    if (key === 'agreedOrders') {
      const list = settings.agreedOrders;
      if (list.length === 0) return '无';
      return list
        .map(
          (a) =>
            `${a.from} 至 ${a.to ?? '今'}：${Array.isArray(a.order) ? a.order.map((b) => BUCKET_ZH[b]).join(' → ') : (SETTING_VALUE_ZH[`regimeAOrder.${a.order}`] ?? a.order)}`,
        )
        .join('；');
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
  const heading = (text: string) => blocks.push({ type: 'heading', text: `${NUMERALS[section++]}、${text}` });

  blocks.push({
    type: 'paragraph',
    indent: true,
    text: zh('statementIntro', {
      case: caseNumber ? `${caseNumber}${info.title ? `${info.title}` : ''}一案` : zh('thisCase'),
      asOf: chineseDate(result.asOf),
    }),
  });

  const parties = info.parties ?? [];
  if (parties.length > 0) {
    heading('当事人');
    blocks.push({
      type: 'fields',
      rows: parties.map((p) => ({
        label: ROLE_ZH[p.role] ?? p.role,
        value: partyLine(p),
      })),
    });
  }

  heading('生效法律文书确定的债务');
  blocks.push({
    type: 'table',
    columns: [
      { header: '编号', width: 1 },
      { header: '项目', width: 2.2 },
      { header: '类型', width: 2 },
      { header: '金额（元）', width: 2.2, align: 'right' },
      { header: '期限 / 计息方式', width: 4.6 },
    ],
    rows: ledger.obligations.map(obligationRow),
  });

  heading('履行及执行到位情况');
  if (ledger.payments.length === 0) blocks.push({ type: 'paragraph', text: zh('noPayments') });
  else {
    const total = sum(ledger.payments.map((p) => dec(p.amount))).toFixed(2);
    blocks.push({
      type: 'table',
      columns: [
        { header: '序号', width: 1 },
        { header: '编号', width: 1.4 },
        { header: '日期', width: 2.2 },
        { header: '方式', width: 1.8 },
        { header: '金额（元）', width: 2.6, align: 'right' },
      ],
      rows: [
        ...ledger.payments.map((p, i) => [
          String(i + 1),
          p.id,
          p.date,
          p.kind ?? '自动履行',
          grouped(p.amount),
        ]),
        [zh('total'), '', '', '', grouped(total)],
      ],
      totalRows: 1,
    });
  }

  heading('不计算迟延履行利息的期间');
  const excluded = ledger.excluded ?? [];
  if (excluded.length === 0) blocks.push({ type: 'paragraph', text: zh('noExcluded') });
  else
    blocks.push({
      type: 'table',
      columns: [
        { header: '自', width: 2 },
        { header: '至', width: 2 },
        { header: '事由', width: 6 },
      ],
      rows: excluded.map((e) => [e.from, e.to, e.reason ?? '']),
    });

  heading('计算依据与设置');
  blocks.push({
    type: 'fields',
    rows: [
      { label: zh('asOf'), value: `${chineseDate(result.asOf)}（${result.asOf}）` },
      { label: zh('rules'), value: result.rules },
      { label: zh('rateTable'), value: result.rateTable },
      ...(input.rateSources
        ? [
            { label: '基准利率来源', value: input.rateSources.benchmark },
            { label: 'LPR 来源', value: input.rateSources.lpr },
          ]
        : []),
    ],
  });
  blocks.push({
    type: 'table',
    columns: [
      { header: '设置项', width: 4.5 },
      { header: '本次计算采用', width: 5.5 },
    ],
    rows: (Object.keys(SETTING_LABELS) as (keyof Settings)[]).map((key) => [
      SETTING_LABELS[key].zh,
      settingValue(key, result.settings),
    ]),
  });

  heading('款项分配（清偿抵充）');
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
        { header: '日期', width: 2.1 },
        { header: '付款', width: 1.1 },
        { header: '付款金额', width: 2.1, align: 'right' },
        { header: '规则', width: 1.7 },
        { header: '抵充项目', width: 1.8 },
        { header: '类别', width: 2 },
        { header: '抵充金额', width: 2.1, align: 'right' },
      ],
      rows,
    });
  }

  heading('截至计算截止日的债务余额');
  const lines = result.lines.filter((l) => l.amount !== '0.00');
  blocks.push({
    type: 'table',
    columns: [
      { header: '项目', width: 4 },
      { header: '类别', width: 3 },
      { header: '金额（元）', width: 3, align: 'right' },
    ],
    rows: [
      ...lines.map((l) => [
        l.label ? `${l.obligation} ${l.label}` : l.obligation,
        BUCKET_ZH[l.bucket] ?? l.bucket,
        grouped(l.amount),
      ]),
      ...(['principal', 'fee', 'generalInterest', 'oldDelay', 'doubled'] as const).map((b) => [
        `${BUCKET_ZH[b]}小计`,
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

  heading('计算过程');
  for (const step of result.trace)
    blocks.push({ type: 'step', number: step.step, text: step.zh, formula: step.formula });

  blocks.push({ type: 'closing', lines: [...(info.court ? [info.court] : []), chineseDate(input.issuedOn)] });

  return {
    kind: 'statement',
    court: info.court ?? '',
    title: zh('statementTitle'),
    ...(caseNumber ? { caseNumber } : {}),
    blocks,
    subject: `${zh('statementTitle')}（截至 ${result.asOf}）`,
  };
}
