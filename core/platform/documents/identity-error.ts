import { render, type Text, type Vars } from '../../lib/text';

/** A .p12 that cannot serve as the signing identity; its text comes from PLATFORM_MESSAGES. */
export class IdentityError extends Error {
  readonly text: Text;

  constructor(entry: Text, vars?: Vars) {
    const text = render(entry, vars);
    super(`${text.zh}\n${text.en}`);
    this.name = 'IdentityError';
    this.text = text;
  }

  get zh(): string {
    return this.text.zh;
  }

  get en(): string {
    return this.text.en;
  }
}
