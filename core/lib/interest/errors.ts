/** An input the rules cannot compute (e.g. a day with no rate in the tables); the CLI exits 2 on it. */
export class LedgerInputError extends Error {
  constructor(
    readonly code: string,
    readonly zh: string,
    readonly en: string,
    readonly path: string = '',
  ) {
    super(en);
    this.name = 'LedgerInputError';
  }
}
