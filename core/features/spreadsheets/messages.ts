/**
 * The words of the spreadsheets, zh-CN only: a clerk's workbook speaks court language like the
 * documents (column names as the court's own registers name them, 案号 and 截至日期 in the title row).
 */
const at = (asOf: string) => `截至${asOf}`;

export const phrases = {
  /** 「（2026）京0105执123号」 stays readable in a file name; characters a file system refuses become _. */
  fileName: (caseNumber: string, what: string, suffix: string) =>
    `${caseNumber.replace(/[\\/:*?"<>|\s]+/g, '_')}-${what}${suffix ? `-${suffix}` : ''}.xlsx`,
  ledger: {
    what: '执行款对账表',
    suffix: at,
    title: (caseNumber: string, asOf: string, sheet: string) =>
      `${caseNumber} ${sheet}（${at(asOf)}，金额单位：元）`,
    sheets: {
      obligations: '执行标的',
      payments: '履行款分配',
      parts: '分配明细',
      balances: '尚欠余额',
    },
    obligations: ['编号', '类别', '名称', '金额', '应履行日期', '计息基数', '计息起始日', '计息截止日'],
    obligationKinds: {
      principal: '本金',
      fee: '费用',
      interestFixed: '确定金额的利息',
      interestRunning: '按期计算的利息',
    },
    payments: ['序号', '编号', '履行日期', '履行方式', '履行金额'],
    /** after the bucket columns */
    paymentsTail: ['多付金额', '冲抵规则'],
    bucketColumn: (bucket: string) => `冲抵${bucket}`,
    parts: ['履行编号', '履行日期', '冲抵项目', '项目名称', '冲抵类别', '冲抵金额'],
    balances: ['项目编号', '项目名称', '类别', '尚欠金额'],
    total: '合计',
  },
  schedule: {
    what: '和解协议履行计划',
    title: (caseNumber: string, title: string, total: string) =>
      `${caseNumber} ${title} 履行计划（和解总额 ${total} 元，金额单位：元）`,
    sheet: '履行计划',
    columns: ['序号', '履行日期', '履行方式', '期次', '金额', '是否计入和解总额', '累计履行', '剩余未履行'],
    part: (part: number, parts: number) => (parts > 1 ? `第${part}期/共${parts}期` : ''),
    counts: { yes: '是', no: '否（第三人代为履行）' },
  },
  distribution: {
    what: '财产分配方案',
    title: (caseNumber: string, title: string, date: string, sheet: string) =>
      `${caseNumber} ${title} ${sheet}（方案日期 ${date}，金额单位：元）`,
    sheets: { claims: '分配方案', classes: '按顺位汇总', trace: '计算过程' },
    claims: [
      '序号',
      '债权人',
      '债权性质',
      '申报债权',
      '分配金额',
      '未受偿金额',
      '本次支付',
      '提存金额',
      '是否涉诉',
      '备注',
    ],
    classes: ['债权性质', '债权合计', '分配合计', '清偿比例（%）', '是否全额受偿'],
    trace: ['步骤', '说明'],
    summary: ['可供分配金额', '债权总额', '已分配', '本次支付', '提存', '余额退还被执行人'],
    yes: '是',
    no: '否',
  },
  measures: {
    what: '查控措施台账',
    suffix: at,
    title: (caseNumber: string, asOf: string) => `${caseNumber} 查控措施台账（${at(asOf)}）`,
    sheet: '查控措施台账',
    columns: [
      '序号',
      '措施类别',
      '财产或对象',
      '裁定书文号',
      '起始日期',
      '期限（月）',
      '到期日期',
      '剩余天数',
      '状态',
      '解除日期',
      '续行关系',
      '来源',
      '备注',
    ],
    noTerm: '无固定期限',
    renews: (id: number) => `续行措施 ${id}`,
    renewedBy: (id: number) => `已由措施 ${id} 续行`,
    separator: '；',
    local: '本院',
    transferred: (court: string) => `移送自${court || '他院'}`,
  },
} as const;
