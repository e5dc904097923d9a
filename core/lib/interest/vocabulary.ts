/** How a payment came in, as the ledger file, the database and the statement hold it. */
export const PAYMENT_KINDS = ['自动履行', '划拨', '提取', '拍卖', '变卖', '以物抵债', '其他变价'] as const;
export type PaymentKind = (typeof PAYMENT_KINDS)[number];

/** A payment with no kind was paid by the debtor. */
export const DEFAULT_PAYMENT_KIND: PaymentKind = '自动履行';
