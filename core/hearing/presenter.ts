/**
 * What the presenter (the wall) may show. Built on the operator's side and masked there, so an identity
 * card or phone number never reaches the projector window, whatever the payload.
 */

// 18-digit resident identity numbers (last may be X) and 15-digit old ones; mainland mobile numbers;
// landlines with an area code. A figure followed by decimals is an amount, never masked.
const ID_CARD_18 = /(?<![0-9A-Za-z])(\d{3})\d{11}(\d{3}[0-9Xx])(?![0-9A-Za-z]|\.\d)/g;
const ID_CARD_15 = /(?<![0-9A-Za-z])(\d{3})\d{8}(\d{4})(?![0-9A-Za-z]|\.\d)/g;
const MOBILE = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d|\.\d)/g;
const LANDLINE = /(?<!\d)(0\d{2,3})-?\d{7,8}(?!\d|\.\d)/g;

export function maskSensitive(text: string): string {
  return text
    .replace(ID_CARD_18, (_m, head: string, tail: string) => `${head}${'*'.repeat(11)}${tail}`)
    .replace(ID_CARD_15, (_m, head: string, tail: string) => `${head}${'*'.repeat(8)}${tail}`)
    .replace(MOBILE, (_m, head: string, tail: string) => `${head}****${tail}`)
    .replace(LANDLINE, (_m, area: string) => `${area}-********`);
}

/** Masks every string inside a JSON-like value. */
export function maskDeep<T>(value: T): T {
  if (typeof value === 'string') return maskSensitive(value) as T;
  if (Array.isArray(value)) return value.map((v) => maskDeep(v)) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, maskDeep(v)]),
    ) as T;
  return value;
}
