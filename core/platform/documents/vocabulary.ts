/**
 * The 禁则 (kinsoku) punctuation of the line breaker: typographic data, not texts. Closing marks may not
 * start a line (they stay with what comes before); opening marks may not end one.
 */
export const CLOSING_PUNCTUATION = '，。、；：？！）》」』】〕〉’”…—%‰·．,.;:?!)]}';
export const OPENING_PUNCTUATION = '（《「『【〔〈‘“([{';
