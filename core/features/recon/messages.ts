import type { Catalogue, Text } from '../../lib/text';
import type { EntryStatus, ParticipantRole, SessionState, Side } from './rules';

/** This feature's errors and refusals, zh-CN and en; keys are named in code as '<feature>.<key>'. */
export const messages = {
  // {state}: a state from `stateNames` (zh its name, en its code).
  // {event}: `eventName(event)`.
  stateForbids: {
    zh: '对账当前为「{state}」，不能执行{event}',
    en: 'session is {state}; {event} is not allowed',
  },
  notSitting: {
    zh: '对账当前为「{state}」，只有进行中或暂停的对账可以认定或解除锁定',
    en: 'session is {state}; findings and unlocks need a session in progress or paused',
  },
  sessionEnded: { zh: '对账已结束，不能再添加参加人', en: 'the session has ended' },
  noSuchEntry: { zh: '没有第 {n} 项', en: 'no entry {n}' },
  notLocked: { zh: '该项未锁定', en: 'this entry is not locked' },
  findingNotNeeded: { zh: '只有存在争议的项目需要法院认定', en: 'only a disputed entry takes a finding' },
  courtValueRequired: {
    zh: '法院认定其他数值时须填写认定的日期、金额或清偿顺序',
    en: 'a court value needs a date, amount or order',
  },
  entriesOpen: {
    zh: '还有 {count} 项未确认或争议未认定，不能结束对账',
    en: '{count} entries are neither agreed nor found',
  },
  noSuchPerson: { zh: '本次对账没有编号为 {id} 的参加人', en: 'no participant {id} in this session' },
  speakerRequired: { zh: '请指明发表意见的人', en: 'say who states the position' },
  notAParty: {
    zh: '{name}不是当事人、代理人或利害关系人，不能发表对账意见',
    en: '{name} is not a party, agent or interested person',
  },
  nothingLeft: { zh: '该人对所有未锁定的项目均已发表意见', en: 'this person has spoken on every open entry' },
  notStarted: { zh: '对账尚未开始，没有可以记录的内容', en: 'the session has not started' },
  // A party's position refused (rules.ts PositionError): the keys are the error codes.
  sessionNotOpen: { zh: '对账未在进行中，不能记录意见', en: 'the session is not in progress' },
  locked: {
    zh: '该项双方已确认并锁定；如需改变，请先说明理由解除锁定',
    en: 'this entry is locked; unlock it with a reason first',
  },
  claimRequired: {
    zh: '对付款有异议时，须说明主张的日期、金额或否认该笔付款',
    en: 'a dispute about a payment needs the claimed date, amount or denial',
  },
  claimNotForKind: {
    zh: '只有付款项可以主张不同的日期、金额或清偿顺序；对利息期间、义务和余额有异议时请写明理由',
    en: 'only payments carry a claimed date, amount or order; for other entries state the objection in words',
  },
  orderClaimRequired: {
    zh: '对清偿顺序有异议时，须说明主张的清偿顺序',
    en: 'a dispute about the application order needs the order claimed',
  },
  orderOnlyClaim: { zh: '清偿顺序项只能主张清偿顺序', en: 'the order entry takes only an order' },
} as const satisfies Catalogue;

/** A session's states as the messages name them. */
export const stateNames = {
  DRAFT: { zh: '准备中', en: 'DRAFT' },
  IN_SESSION: { zh: '对账中', en: 'IN_SESSION' },
  PAUSED: { zh: '已暂停', en: 'PAUSED' },
  AWAITING_SIGNATURES: { zh: '待签名', en: 'AWAITING_SIGNATURES' },
  SIGNED: { zh: '已签名', en: 'SIGNED' },
} as const satisfies Record<SessionState, Text>;

/** An event refused by stateForbids: the Chinese message says 此操作 whatever it is, the English names it. */
export const eventName = (event: string): Text => ({ zh: '此操作', en: event });

const TABLE_DELTA = '与账面相差（元）';

/**
 * Phrases of the 对账笔录 (document.ts lays them out, handlers/minutes.ts puts the words together):
 * court language, zh-CN only. Amounts and dates arrive already written out.
 */
export const phrases = {
  title: '对账笔录',
  roles: {
    creditor: '申请执行人',
    creditorAgent: '申请执行人代理人',
    debtor: '被执行人',
    debtorAgent: '被执行人代理人',
    interested: '利害关系人',
    judge: '审判员',
    assistant: '法官助理',
    clerk: '书记员',
  } satisfies Record<ParticipantRole, string>,
  sides: { creditor: '申请执行人', debtor: '被执行人' } satisfies Record<Side, string>,
  statuses: {
    open: '未确认',
    agreed: '双方确认',
    disputed: '有争议',
    found: '法院已认定',
  } satisfies Record<EntryStatus, string>,

  // the header fields
  time: '时间',
  caseTitle: '案由',
  asOf: '计算截止日',
  beijingTime: (time: string) => `${time}（北京时间）`,

  // what each entry is about
  obligation: (label: string, amount: string | null) =>
    `债务项目「${label}」${amount !== null ? `，金额${amount}元` : ''}`,
  payment: (date: string, kind: string | null, amount: string) =>
    `${date}${kind !== null ? `以「${kind}」方式` : ''}到位款项${amount}元`,
  paymentUnknown: (ref: string) => `款项 ${ref}`,
  balance: (asOf: string, total: string) => `截至${asOf}的债务余额，合计${total}元`,
  period: (from: string, to: string, doubled: boolean, amount: string, days: number) =>
    `${from}至${to}的${doubled ? '加倍部分债务利息' : '一般债务利息'}${amount}元（${days}天）`,
  orders: (orders: readonly string[]) => `清偿抵充顺序：${orders.join('；')}`,

  // what a party says, and what the court finds
  agree: '无异议',
  restAgreed: '其余各项无异议（对尚未发表意见的各项一并表示）',
  interaction: '各项争议合并计算时的差额（争议之间相互影响的部分）',
  dispute: '有异议',
  statement: (text: string) => `。陈述：${text}`,
  claimed: (parts: readonly string[]) => `，主张${parts.join('，')}`,
  claimRemoved: '否认该笔付款',
  claimDate: (date: string) => `日期应为${date}`,
  claimAmount: (amount: string) => `金额应为${amount}元`,
  claimKind: (kind: string) => `方式应为「${kind}」`,
  claimOrder: (order: string) => `抵充顺序应为${order}`,
  orderSteps: (buckets: readonly string[]) => buckets.join('→'),
  adoptRecord: '维持账面记载',
  adoptCourt: (parts: readonly string[]) => `本院认定${parts.join('，')}`,
  adoptSide: (side: string) => `采纳${side}的主张`,
  finding: (adopt: string, reason: string) => `${adopt}。理由：${reason}`,
  courtFinding: '法院认定',
  at: (text: string, at: string) => `${text}（${at}）`,

  // the body of the record
  entriesHeading: '一、对账事项及双方意见',
  disputesHeading: '二、争议事项及其金额影响',
  outcomeHeading: '三、对账结果',
  noDisputes: '双方对各项均无争议。',
  disputeColumns: ['争议事项', '主张方', '按其主张债务合计（元）', TABLE_DELTA],
  totalsColumns: ['版本', '债务合计（元）', TABLE_DELTA],
  totalsRows: {
    record: '账面记载',
    creditor: '按申请执行人主张',
    debtor: '按被执行人主张',
    court: '按法院认定',
  },
  notClosed: '对账尚未结束。',
  agreedOutcome: (asOf: string, amount: string) =>
    `双方对全部对账项目均无异议，确认截至${asOf}，被执行人尚欠债务合计${amount}。`,
  disputedOutcome: (count: number) => `双方对以下${count}项存在争议，经本院审查认定如下：`,
  foundItem: (subject: string, text: string) => `${subject}：${text}`,
  courtOutcome: (asOf: string, amount: string) => `按本院认定，截至${asOf}，被执行人尚欠债务合计${amount}。`,
  overpaid: (amount: string) => `超付${amount}元`,
  owed: (amount: string, capital: string) => `${amount}元（大写：${capital}）`,
} as const;
