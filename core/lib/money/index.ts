export { Decimal, ZERO, ONE, dec, sum, min, max } from './decimal';
export { roundFen, formatYuan, ROUNDING_MODE } from './round';
export {
  checkAmount,
  parseAmount,
  yuanToFen,
  fenToYuan,
  AMOUNT_PATTERN,
  MAX_YUAN,
  type Fen,
  type YuanString,
} from './amount';
export { isIsoDate, dayNumber, fromDayNumber, daysBetween, addDays, addMonths } from './dates';
export { capitalAmount, chineseDate } from './chinese';
