import type { Catalogue, Text } from '../../lib/text';
import type { AnnotationKind, AttendeeKind, HearingState, Stage } from './rules';
import type { ItemColumn } from './item-fields';

/**
 * This feature's errors and refusals, zh-CN and en; keys are named in code as 'hearings.<key>'.
 *
 * Both languages name the same variables. Where the English sentence leaves out a detail the Chinese one
 * gives (a court, a list of names), the variable stands where English would put it and is passed with
 * an empty English value (`zhOnly`, or `listed` without English), so every English text reads as it did.
 */
export const messages = {
  // The state machine (rules.ts): each refusal's code travels as details.reason.
  illegalStart: {
    zh: '听证当前为「{state}」，不能开始听证',
    en: 'the hearing is {state}; start is not allowed',
  },
  illegalFinish: {
    zh: '听证当前为「{state}」，不能结束听证',
    en: 'the hearing is {state}; finish is not allowed',
  },
  illegalSign: {
    zh: '听证当前为「{state}」，不能签名完成',
    en: 'the hearing is {state}; sign is not allowed',
  },
  /** {missing}: the attendee kinds, 、-joined in Chinese and by code in English. */
  attendeesMissing: { zh: '开始听证前须登记{missing}', en: 'register the {missing} before starting' },
  /** {stage}: named in Chinese only. */
  stageNotInSession: {
    zh: '听证当前为「{state}」，不能切换到「{stage}」阶段',
    en: 'the hearing is {state}; stages move only in session{stage}',
  },
  notAtConclusion: {
    zh: '须进行到「结论」阶段才能结束听证（当前为「{stage}」）',
    en: 'the hearing must reach the conclusion stage first (now {stage})',
  },
  conclusionMissing: { zh: '请先填写听证结论', en: 'write the conclusion first' },
  notAParty: {
    zh: '{name}不是当事人、利害关系人、案外人或代理人，不能对物品表态',
    en: '{name} is not a party, interested person, outsider or agent',
  },
  notPanel: { zh: '{name}不是听证员，不能发表评议意见', en: '{name} is not on the panel' },
  noSuchAttendee: { zh: '本次听证没有编号为 {id} 的参加人', en: 'no attendee {id} in this hearing' },
  opinionStage: {
    zh: '听证员意见在「评议」阶段发表（当前为「{stage}」）',
    en: 'panel opinions are given in deliberation (now {stage})',
  },
  recordClosed: {
    zh: '听证已「{state}」，记录不能再修改',
    en: 'the hearing is {state}; the record is closed',
  },
  setupClosed: {
    zh: '听证当前为「{state}」，听证类型、时间、地点等信息只能在开始前修改',
    en: 'the hearing is {state}; its setup can change only before the start',
  },
  notInSession: {
    zh: '听证当前为「{state}」，只有听证进行中才能记录',
    en: 'the hearing is {state}; statements are recorded only in session',
  },
  unknownSigner: { zh: '签名人（编号 {id}）不是本次听证的参加人', en: 'signer {id} did not attend' },
  refusalReason: { zh: '拒绝签名须记明理由', en: 'a refusal to sign needs its reason recorded' },
  /** {names}: who is missing, named in Chinese only. */
  signaturesPending: {
    zh: '还有 {count} 人未签名或未记明拒签：{names}',
    en: '{count} attendee(s) have neither signed nor refused{names}',
  },

  // Writes of a hearing (handlers/hearings.ts)
  /** {court}: the original court (or its case number), named in Chinese only. */
  carriedReadOnly: {
    zh: '该听证由原执行法院（{court}）举行，随案移送，只能查看，不能修改',
    en: 'this hearing was held by the original court{court} and carried with the case; it is read-only here',
  },
  notBase64: {
    zh: '文件内容传输有误（不是 base64 编码），请重新选择文件',
    en: 'file content is not base64; choose the file again',
  },
  lastKeyAttendee: {
    zh: '听证进行中，申请人、审判长和书记员不能全部移除',
    en: 'in session, the last petitioner, presiding judge or clerk cannot be removed',
  },
  itemDiscussed: {
    zh: '该物品已有说明、意见或提问记录，不能删除',
    en: 'this item has statements on record and cannot be deleted',
  },
  /** {errors}: the first bad row's problems, ；-joined in Chinese and ;-joined in English. */
  importRowErrors: {
    zh: '第 {row} 行：{errors}。共 {count} 行有错误，未导入任何物品，请改正文件后重试',
    en: 'row {row}: {errors}. {count} row(s) have errors; nothing was imported',
  },
  attachmentEmpty: { zh: '文件是空的', en: 'the file is empty' },
  attachmentTooLarge: {
    zh: '附件超过 {mb} MB，请压缩或分段后再添加',
    en: 'the attachment is over {mb} MB; compress or split it first',
  },
  attachmentType: {
    zh: '无法识别的文件类型：只能添加 JPEG/PNG/WebP 照片、PDF 扫描件或 MP4/WebM 视频（按文件内容判断，与扩展名无关）',
    en: 'unrecognised file type: only JPEG/PNG/WebP photos, PDF scans and MP4/WebM video (judged by content, not name)',
  },
  attachmentFileMissing: {
    zh: '附件文件在数据目录中找不到（可能被移动或删除），请重新添加',
    en: 'the attachment file is missing from the data folder; add it again',
  },
  photosOnly: { zh: '只能在照片上标注', en: 'annotations go on photos only' },
  noSuchItem: { zh: '没有第 {number} 项物品', en: 'no item {number}' },
  objectionStatement: { zh: '申请人有异议时，请记录其异议的内容', en: 'an objection needs its statement' },
  finalNotSigned: {
    zh: '听证当前为「{state}」，全部参加人签名（或记明拒签）后才能导出正式听证笔录；可先导出草稿',
    en: 'the hearing is {state}; final minutes need every signature first (a draft is available)',
  },

  // Signatures (handlers/signing.ts)
  /** {court}: named in Chinese only. */
  signCarried: {
    zh: '该听证由原执行法院（{court}）举行，不能在本院签名',
    en: 'this hearing was held by the original court{court} and cannot be signed here',
  },
  alreadySigned: { zh: '该听证笔录已签名完毕', en: 'the hearing minutes are already signed' },
  signNotYet: {
    zh: '听证结束（进入「待签名」）后才能签名',
    en: 'the hearing can be signed once it is finished',
  },

  // The item table (item-import.ts): row problems, then file problems (ItemTableError)
  valueSeparator: {
    zh: '价值「{raw}」的千位分隔符位置不对',
    en: 'misplaced thousands separator: {raw}',
  },
  valueDecimals: { zh: '价值「{raw}」超过两位小数（到分）', en: 'more than two decimals: {raw}' },
  valueInvalid: { zh: '价值「{raw}」不是有效金额', en: 'not an amount: {raw}' },
  nameEmpty: { zh: '物品名称为空', en: 'item name is empty' },
  nameTooLong: { zh: '物品名称过长（最多 200 字）', en: 'item name too long' },
  quantityEmpty: { zh: '数量为空', en: 'quantity is empty' },
  /** {quantity}: as written in Chinese, JSON-quoted in English. */
  quantityFormat: {
    zh: '数量「{quantity}」不是有效数字（最多四位小数，不带单位）',
    en: 'quantity {quantity} is not a number (at most four decimals, no unit)',
  },
  quantityZero: { zh: '数量不能为零', en: 'quantity is zero' },
  /** {measures}: the measures, 、-joined in Chinese and ,-joined in English. */
  measureEmpty: { zh: '执行措施为空，应为{measures}之一', en: 'measure must be one of {measures}' },
  /** {measure}: the cell as written, named in Chinese only. */
  measureUnknown: {
    zh: '执行措施「{measure}」不在{measures}之中',
    en: 'measure{measure} must be one of {measures}',
  },
  /** {field}: the column's label in Chinese, its code in English. */
  textTooLong: { zh: '{field}过长（最多 {max} 字）', en: '{field} is too long ({max} characters)' },
  noHeader: {
    zh: '找不到表头：前 20 行中没有一行含有「物品名称」「数量」「执行措施」等列名',
    en: 'no header row naming the item columns (物品名称, 数量, 执行措施, ...) in the first 20 rows',
  },
  /** {columns}: 」「-joined labels in Chinese, ,-joined codes in English. */
  columnsMissing: { zh: '表头缺少「{columns}」列', en: 'the header lacks {columns}' },
  noRows: { zh: '表头下面没有物品行', en: 'no item rows below the header' },

  // A transfer package (transfer.ts): exporting, then checking what is taken in
  /** {digest}: the first twelve hex digits of the file's SHA-256, named in Chinese only. */
  packageFileMissing: {
    zh: '听证附件「{label}」的文件在数据目录中找不到（{digest}…），请先重新添加该附件再移送',
    en: 'the file of hearing attachment {label} is missing from the data folder{digest}',
  },
  packageAttachmentAbsent: {
    zh: '移送案卷包中的听证附件「{entry}」缺失，未导入任何内容',
    en: '{entry}: missing from the package',
  },
  packageAttachmentTampered: {
    zh: '移送案卷包中的听证附件「{entry}」与其校验值不符，可能已被篡改，未导入任何内容',
    en: '{entry}: does not hash to its name: tampered with',
  },
  packageAttachmentMismatch: {
    zh: '移送案卷包中的听证附件「{entry}」的类型或大小与记载不符，未导入任何内容',
    en: '{entry}: type or size differs from the record',
  },
  // Problems of hearings.json, reported in Chinese through the transfer feature's entry check.
  carriedSignerNotAttendee: { zh: '签名人不是听证参加人', en: 'the signer did not attend the hearing' },
  carriedQuantity: { zh: '数量「{quantity}」无效', en: 'invalid quantity {quantity}' },
  carriedValue: { zh: '价值「{value}」无效', en: 'invalid value {value}' },
  carriedAttendeeTwice: { zh: '参加人重复', en: 'an attendee appears twice' },
  carriedSignerTwice: { zh: '签名人重复', en: 'a signer appears twice' },
  carriedLockUnsigned: { zh: '未签名完毕的听证不应锁定', en: 'a hearing not signed by all is locked' },
} as const satisfies Catalogue;

export type HearingsMessage = keyof typeof messages;

/** A variable the English sentence leaves out (see above). */
export const zhOnly = (zh: string): Text => ({ zh, en: '' });

/** A word that Chinese says with its label and English with its code: 「听证中」 / IN_SESSION. */
export const coded = (code: string, zh: string): Text => ({ zh, en: code });

/** A list as a variable: 、-joined in Chinese, comma-joined in English (empty when not given). */
export const listed = (zh: readonly string[], en?: readonly string[]): Text => ({
  zh: zh.join('、'),
  en: en ? en.join(', ') : '',
});

/** Sentences as one variable: ；-joined in Chinese, ;-joined in English. */
export const clauses = (zh: readonly string[], en: readonly string[]): Text => ({
  zh: zh.join('；'),
  en: en.join('; '),
});

/** Column names for 「{columns}」: 」「-joined labels in Chinese, comma-joined codes in English. */
export const quotedList = (zh: readonly string[], en: readonly string[]): Text => ({
  zh: zh.join('」「'),
  en: en.join(', '),
});

/** Phrases of the 听证笔录 and of the hearings' part of the 执行情况说明: court language, zh-CN only. */
export const phrases = {
  state: {
    DRAFT: '准备中',
    IN_SESSION: '听证中',
    AWAITING_SIGNATURES: '待签名',
    SIGNED: '已签名',
  } satisfies Record<HearingState, string>,
  stage: {
    opening: '开场与告知',
    statement: '申请人陈述',
    explanation: '执行法院说明',
    evidence: '出示证据/物品清单',
    questioning: '质询',
    deliberation: '听证员评议',
    conclusion: '结论',
  } satisfies Record<Stage, string>,
  attendeeKind: {
    petitioner: '申请人',
    applicant: '申请执行人',
    respondent: '被执行人',
    interested: '利害关系人',
    outsider: '案外人',
    agent: '委托代理人',
    panel: '听证员',
    presiding: '审判长/主持人',
    judge: '法官',
    clerk: '书记员',
    notary: '公证员',
    interpreter: '翻译人员',
  } satisfies Record<AttendeeKind, string>,
  /** A panel member's role line: 听证员（人大代表）. */
  panelMember: (role: string) => `听证员（${role}）`,
  /** Each item field's label: in the minutes, in an item table's problems. */
  itemColumn: {
    name: '物品名称',
    quantity: '数量',
    unit: '单位',
    measure: '执行措施',
    location: '现存放地/去向',
    basis: '法律依据',
    documentNo: '文书号',
    value: '价值（元）',
    note: '备注',
  } satisfies Record<ItemColumn, string>,
  attachmentKind: { photo: '照片', document: '扫描件', video: '视频' } as const,

  // Annotations in words (rules.ts describeAnnotation)
  colour: {
    '#d32f2f': '红色',
    '#f9a825': '黄色',
    '#1976d2': '蓝色',
    '#388e3c': '绿色',
    '#ffffff': '白色',
  } as Record<string, string>,
  otherColour: (hex: string) => `颜色 ${hex}`,
  /** Where on a photo, by thirds (0 top/left … 2 bottom/right): 左上部, 中部, 右侧中部, 下部居中. */
  where: (row: 0 | 1 | 2, col: 0 | 1 | 2): string => {
    const r = ['上', '中', '下'][row]!;
    const c = ['左', '中', '右'][col]!;
    if (row === 1 && col === 1) return '中部';
    if (row === 1) return `${c}侧中部`;
    if (col === 1) return `${r}部居中`;
    return `${c}${r}部`;
  },
  annotation: (kind: AnnotationKind, colour: string, from: string, to: string, text: string): string => {
    const note = text === '' ? '' : `，注明「${text}」`;
    if (kind === 'circle') return `${colour}圆圈，圈出图片${from}${note}`;
    if (kind === 'arrow') return `${colour}箭头，自图片${from}指向${to}${note}`;
    return `${colour}文字标注，位于图片${from}${note || '（无文字）'}`;
  },

  // The 听证笔录 (handlers/minutes.ts)
  title: (final: boolean) => (final ? '听证笔录' : '听证笔录（草稿）'),
  speaker: {
    clerk: '书记员',
    items: '执行物品清单',
    annotation: '标注',
    court: '执行法院',
    petitioner: '申请人',
    answerer: '回答',
    deliberation: '听证员评议',
    conclusion: '结论',
  },
  opening: (type: string, isPublic: boolean, stages: readonly string[]) =>
    `本次听证为${type}，${isPublic ? '公开' : '不公开'}进行。听证依次进行：${stages.join('、')}。`,
  course: (steps: string) => `听证经过（北京时间）：${steps}。`,
  courseStage: (time: string, stage: string) => `${time} 进入「${stage}」`,
  courseStart: (time: string) => `${time} 听证开始`,
  courseEnd: (time: string) => `${time} 听证结束`,
  courseSeparator: '；',
  item: (position: number, name: string, quantity: string, unit: string, measure: string) =>
    `第 ${position} 项：${name}，数量 ${quantity}${unit}，执行措施：${measure}`,
  itemField: (label: string, value: string) => `，${label}：${value}`,
  itemValue: (value: string | null) => (value !== null ? `，价值 ${value} 元` : '，价值未评估'),
  itemEnd: '。',
  attachments: (list: readonly { label: string; kind: string }[]) =>
    list.length
      ? `附件：${list.map((a) => `${a.label.replace(/\.[A-Za-z0-9]{1,5}$/, '')}（${a.kind}）`).join('、')}。`
      : '',
  annotated: (label: string, description: string) => `照片「${label}」上：${description}。`,
  said: (time: string, text: string) => `（${time}）${text}`,
  response: (time: string, accepts: boolean, statement: string) =>
    `（${time}）${accepts ? '对该项无异议' : '对该项有异议'}${statement ? `：${statement}` : '。'}`,
  question: (time: string, question: string) => `（${time}）问：${question}`,
  answer: (time: string, answer: string) => `（${time}）答：${answer}`,
  opinion: (time: string, text: string) => `（${time}）评议意见：${text}`,
  deliberation: (s: {
    accepted: readonly number[];
    objected: readonly { position: number; name: string; statements: readonly string[] }[];
    notAddressed: number;
    openQuestions: number;
  }) =>
    `申请人无异议的物品 ${s.accepted.length} 项` +
    (s.accepted.length ? `（${s.accepted.map((p) => `第 ${p} 项`).join('、')}）` : '') +
    `；有异议的物品 ${s.objected.length} 项` +
    (s.objected.length
      ? `（${s.objected.map((i) => `第 ${i.position} 项${i.name}：${i.statements.join('；')}`).join('，')}）`
      : '') +
    `；未表态的物品 ${s.notAddressed} 项；未回答的问题 ${s.openQuestions} 个。`,
  noConclusion: '（未填写）',

  // A sitting's record in general (document.ts)
  time: '时间',
  place: '地点',
  withNote: (name: string, note: string) => `${name}（${note}）`,

  /** The made-up 对账笔录 of the long-minutes benchmark and page-numbering test (document.ts). */
  sample: {
    court: '示例市第一人民法院',
    title: '对账笔录',
    caseNumber: '(2026)黑1084执恢12号',
    time: '上午九时',
    place: '本院第三听证室',
    judge: { role: '审判员', name: '王某' },
    clerk: { role: '书记员', name: '刘某' },
    applicant: { role: '申请执行人', name: '某建材有限公司', note: '委托诉讼代理人李某' },
    respondent: { role: '被执行人', name: '张某某' },
    question: (n: number, date: string, amount: string, tail: number) =>
      `第 ${n} 笔：账目记载 ${date} 以「划拨」方式执行到位 ${amount} 元，款项来源为被执行人在某银行的账户（尾号 ${tail}）。申请执行人对该笔款项的日期和金额是否有异议？`,
    answer:
      '对该笔款项的到账日期和金额无异议，确认已收到，同意按照法释〔2014〕8号第四条的规定先抵充金钱债务，再抵充迟延履行期间的债务利息。',
  },

  // The hearings in the 执行情况说明 (transfer.ts)
  proceedingTitle: (n: number, type: string, title: string, originCourt: string | null) =>
    `${n}. ${type}${title ? `「${title}」` : ''}` +
    (originCourt !== null ? `（原执行法院${originCourt}举行）` : ''),
  proceedingNotHeld: '准备中，尚未举行',
  proceedingStatus: (state: string, outcome: string) => `${state}；${outcome}`,
  proceedingOutcome: (items: number, accepted: number, objected: number, notAddressed: number) =>
    `物品 ${items} 项：无异议 ${accepted} 项，有异议 ${objected} 项` +
    (notAddressed ? `，未表态 ${notAddressed} 项` : ''),
} as const;
