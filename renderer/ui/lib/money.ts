/**
 * Display helpers for API money strings ("830000.00"). No floats: sums are exact integers in fen (BigInt).
 * The authoritative arithmetic is in core; this only shows what the API returned.
 */
const AMOUNT = /^(\d+)(?:\.(\d{1,2}))?$/;

export function toFen(amount: string): bigint | null {
  const m = AMOUNT.exec(amount.trim());
  if (!m) return null;
  return BigInt(m[1] ?? '0') * 100n + BigInt((m[2] ?? '').padEnd(2, '0') || '0');
}

export function fenToYuan(fen: bigint): string {
  const neg = fen < 0n;
  const abs = neg ? -fen : fen;
  const yuan = (abs / 100n).toString();
  const jiao = (abs % 100n).toString().padStart(2, '0');
  return `${neg ? '-' : ''}${yuan}.${jiao}`;
}

/** "830000.5" -> "830,000.50", "-94.5" -> "-94.50"; anything unparsable is shown as is. */
export function formatAmount(amount: string | null | undefined): string {
  if (amount === null || amount === undefined || amount === '') return '';
  const negative = amount.trim().startsWith('-');
  const fen = toFen(negative ? amount.trim().slice(1) : amount);
  if (fen === null) return amount;
  const [int = '0', dec = '00'] = fenToYuan(fen).split('.');
  const sign = negative && fen !== 0n ? '-' : '';
  return `${sign}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${dec}`;
}

/** A difference with its sign always shown: "+1,234.56", "-94.50", "0.00". */
export function formatSigned(amount: string | null | undefined): string {
  const text = formatAmount(amount);
  if (text === '' || text.startsWith('-') || !/^\d/.test(text) || /^0\.00$/.test(text)) return text;
  return `+${text}`;
}

export function sumAmounts(amounts: readonly (string | null | undefined)[]): string {
  let total = 0n;
  for (const a of amounts) {
    if (a === null || a === undefined || a === '') continue;
    const fen = toFen(a);
    if (fen !== null) total += fen;
  }
  return fenToYuan(total);
}
