/** Validation message catalogue: schema issues carry a key; the dispatcher turns keys into zh/en text. */
export const VALIDATION_MESSAGES = {
  required: { zh: '此项必填', en: 'required' },
  tooLong: { zh: '内容过长', en: 'too long' },
  amountFormat: {
    zh: '金额格式不正确，应为如 1234.56 的数字（不带逗号、符号）',
    en: 'amount must look like 1234.56 (no commas or signs)',
  },
  amountDecimals: { zh: '金额最多保留两位小数（到分）', en: 'amount may have at most two decimals (fen)' },
  amountTooLarge: { zh: '金额超出允许范围', en: 'amount is too large' },
  amountPositive: { zh: '付款金额必须大于零', en: 'payment amount must be greater than zero' },
  dateFormat: { zh: '日期格式不正确，应为 YYYY-MM-DD', en: 'date must be YYYY-MM-DD' },
  dateInvalid: { zh: '日期不存在（请核对年月日）', en: 'no such calendar date' },
  rateFormat: { zh: '利率格式不正确，应为如 0.06 的小数', en: 'rate must be a decimal such as 0.06' },
  idInvalid: { zh: '编号无效', en: 'invalid id' },
  enumInvalid: { zh: '取值不在允许范围内', en: 'value not allowed' },
  codeFormat: {
    zh: '编号只能包含字母、数字、短横线和下划线',
    en: 'code may contain letters, digits, - and _ only',
  },
  unknownField: { zh: '含有不认识的字段', en: 'unknown field' },
  invalid: { zh: '输入无效', en: 'invalid input' },
  // Domain rules checked by the handlers after the schema (same catalogue, same message shape).
  notForKind: { zh: '该类型的项目不应填写此项', en: 'not allowed for this kind of obligation' },
  dateOrder: { zh: '不得早于起算日', en: 'must not be before the start date' },
  baseUnknown: { zh: '本案中没有该编号的项目', en: 'no obligation with this code in the case' },
  baseIsInterest: { zh: '计息基数不能是利息项目', en: 'the base may not itself be an interest' },
  baseIsSelf: { zh: '计息基数不能是本项目自身', en: 'an interest may not be its own base' },
  delayBaseForbidden: {
    zh: '持续计息的利息不能计入迟延履行利息的基数',
    en: 'a running interest may not be in the delay base',
  },
} as const;

export type ValidationKey = keyof typeof VALIDATION_MESSAGES;

/** Field labels for messages such as 「金额：金额最多保留两位小数」. */
export const FIELD_LABELS: Record<string, { zh: string; en: string }> = {
  caseNumber: { zh: '案号', en: 'case number' },
  title: { zh: '案由', en: 'title' },
  court: { zh: '法院', en: 'court' },
  judge: { zh: '承办法官', en: 'judge' },
  clerk: { zh: '书记员', en: 'clerk' },
  name: { zh: '姓名/名称', en: 'name' },
  role: { zh: '诉讼地位', en: 'role' },
  amount: { zh: '金额', en: 'amount' },
  date: { zh: '日期', en: 'date' },
  due: { zh: '履行期限届满日', en: 'due date' },
  from: { zh: '起算日', en: 'from' },
  until: { zh: '截止日', en: 'until' },
  label: { zh: '名称', en: 'label' },
  kind: { zh: '类型', en: 'kind' },
  code: { zh: '编号', en: 'code' },
  note: { zh: '备注', en: 'note' },
  query: { zh: '查询', en: 'query' },
  id: { zh: '编号', en: 'id' },
  caseId: { zh: '案件编号', en: 'case id' },
  asOf: { zh: '计算截止日', en: 'as-of date' },
  idNumber: { zh: '身份证号/统一社会信用代码', en: 'id number' },
  phone: { zh: '电话', en: 'phone' },
  address: { zh: '地址', en: 'address' },
  representative: { zh: '代理人/法定代表人', en: 'representative' },
  base: { zh: '计息基数', en: 'base' },
  schedule: { zh: '利率', en: 'rate schedule' },
  type: { zh: '利率类型', en: 'rate type' },
  annual: { zh: '年利率', en: 'annual rate' },
  multiplier: { zh: '倍数', en: 'multiplier' },
  band: { zh: '利率档次', en: 'rate band' },
  dayBasis: { zh: '年天数', en: 'day basis' },
  inDelayBase: { zh: '计入迟延履行利息基数', en: 'in delay base' },
  to: { zh: '截止日', en: 'to' },
  reason: { zh: '事由', en: 'reason' },
};

/** What the error messages name: 「未找到该案件（编号 42）」. */
export const ENTITY_LABELS = {
  case: { zh: '案件', en: 'case' },
  party: { zh: '当事人', en: 'party' },
  obligation: { zh: '债务项目', en: 'obligation' },
  payment: { zh: '付款', en: 'payment' },
  excluded: { zh: '扣除期间', en: 'excluded interval' },
  rate: { zh: '利率表', en: 'rate table' },
  session: { zh: '对账', en: 'reconciliation session' },
  entry: { zh: '对账项目', en: 'entry' },
} as const;
export type EntityName = keyof typeof ENTITY_LABELS;
