/**
 * The written numerals of amounts and dates. They are a notation fixed by 《支付结算办法》附件一 and by
 * the court's date style, not texts to translate: data the formatter in chinese.ts assembles.
 */
export const CAPITAL = {
  digits: '零壹贰叁肆伍陆柒捌玖',
  /** the units inside a group of four digits, from the right */
  inGroup: ['', '拾', '佰', '仟'],
  zero: '零',
  wan: '万',
  yi: '亿',
  wanYi: '万亿',
  currency: '人民币',
  yuan: '元',
  jiao: '角',
  fen: '分',
  /** after a whole-yuan amount */
  whole: '整',
} as const;

export const DATE_NUMERALS = {
  digits: '〇一二三四五六七八九',
  ten: '十',
  year: '年',
  month: '月',
  day: '日',
} as const;
