import type { Catalogue } from '../../lib/text';
import type { MeasureKind, MeasureStatus } from './rules';

/** This feature's errors and refusals, zh-CN and en; keys are named in code as '<feature>.<key>'. */
export const messages = {
  releasedNotRenewable: {
    zh: '该措施已解除，不能续行',
    en: 'the measure has been released and cannot be renewed',
  },
  alreadyRenewed: {
    zh: '该措施已续行（续行记录编号 {renewal}），请在最新一次续行上继续',
    en: 'already renewed by measure {renewal}; renew the latest link',
  },
  alreadyReleased: { zh: '该措施已解除', en: 'the measure is already released' },
  // The zh names no id (the judge is looking at that measure), so neither does the en.
  renewedNotDeletable: {
    zh: '该措施已有续行记录（编号 {renewal}），请先删除续行记录',
    en: 'the measure is renewed by {renewal}; delete the renewal first',
  },
  // {kind}: the kind's name; {max}: months; {latest}: the last day the law allows.
  termBeyondLaw: {
    zh: '{kind}的期限不得超过 {max} 个月，最迟至 {latest}（《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第四百八十五条）',
    en: 'a {kind} may last at most {max} months, until {latest} at the latest (Interpretation art. 485)',
  },
  lapsedNotRenewable: {
    zh: '原措施已于 {expiry} 期满失效，续行须自 {next} 起接续，不能留有空档；期满后只能重新采取措施',
    en: 'the measure lapsed after {expiry}; a renewal must start by {next} with no gap; after that only a new measure can be taken',
  },
  queueTarget: {
    zh: '轮候的措施须排在本案一项未解除的措施之后',
    en: 'a queued measure must wait behind an unreleased measure of this case',
  },
  queuedNotDeletable: {
    zh: '有措施正在轮候该措施（编号 {queued}），请先处理轮候的措施',
    en: 'measure {queued} is queued behind this one; deal with it first',
  },
  waitingNotRenewable: {
    zh: '轮候中的措施尚未生效，不能续行',
    en: 'a queued measure is not in force yet and cannot be renewed',
  },
  /** A measure by its number, where the zh names it by kind and object instead (phrases.named). */
  numbered: { zh: '措施 {id}', en: 'measure {id}' },
} as const satisfies Catalogue;

const kinds: Record<MeasureKind, string> = {
  depositFreeze: '冻结存款',
  propertyRightFreeze: '冻结其他财产权',
  realEstateSeal: '查封不动产',
  movableSeal: '查封/扣押动产',
  consumptionLimit: '限制消费',
  defaulterList: '失信名单',
  other: '其他',
};

/**
 * Phrases of the register as documents print it: court language, zh-CN only. The kinds are stored as
 * codes (depositFreeze …), so their Chinese names are labels here, not stored values.
 */
export const phrases = {
  kinds,
  /** The status column of the 执行情况说明 on the transfer date. */
  statuses: {
    inForce: '有效',
    expiring: '即将到期',
    expired: '期满失效',
    released: '已解除',
    renewed: '已续行',
    waiting: '轮候中',
  } satisfies Record<MeasureStatus, string>,
  /** 冻结存款「张某某在某银行的账户」: a measure by kind and object. */
  named: (kind: MeasureKind, object: string) => `${kinds[kind]}「${object}」`,
  /** A 轮候 measure in the 执行情况说明. */
  queued: (before: string) => `轮候于${before}之后，在先措施解除或期满失效时生效`,
  promoted: (on: string) => `${on} 起由轮候转为正式查封、扣押、冻结`,
  term: (startDate: string, expiresOn: string | null) =>
    expiresOn ? `${startDate} 至 ${expiresOn}` : `自 ${startDate} 起（无固定期限）`,
} as const;
