import { render, type Text, type Vars } from '../text';

/**
 * An input the rules cannot compute (e.g. a day with no rate in the tables); the CLI exits 2 on it.
 * It carries its text rendered from the engine's catalogue (messages.ts), both languages.
 */
export class LedgerInputError extends Error {
  readonly text: Text;

  constructor(
    readonly code: string,
    entry: Text,
    vars: Vars = {},
    readonly path: string = '',
  ) {
    const text = render(entry, vars);
    super(text.en);
    this.name = 'LedgerInputError';
    this.text = text;
  }

  get zh(): string {
    return this.text.zh;
  }

  get en(): string {
    return this.text.en;
  }
}
