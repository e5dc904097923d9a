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
    expired: '已到期',
    released: '已解除',
    renewed: '已续行',
  } satisfies Record<MeasureStatus, string>,
  /** 冻结存款「张某某在某银行的账户」: a measure by kind and object. */
  named: (kind: MeasureKind, object: string) => `${kinds[kind]}「${object}」`,
  term: (startDate: string, expiresOn: string | null) =>
    expiresOn ? `${startDate} 至 ${expiresOn}` : `自 ${startDate} 起（无固定期限）`,
} as const;
