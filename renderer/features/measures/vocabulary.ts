/** What a clerk writes in the term field for a measure with no fixed term (also how such a term reads back). */
export const NO_TERM = '无';
