/**
 * Values the database holds, not texts to translate: compared and stored character for character.
 */

/** The payment kind a ledger file's payment has when it names none (the kind ledger.import stores). */
export const DEFAULT_PAYMENT_KIND = '自动履行';
