/**
 * The one text system of core: every text a person reads (errors, refusals, document phrases) lives in
 * a messages.ts catalogue with typed keys; code names the key and passes the variables.
 *
 * A catalogue entry is both languages; `{name}` in either is replaced by the variable of that name.
 * Document phrases are court language only: they live beside the entries as plain zh-CN strings.
 */
export type Text = { zh: string; en: string };
export type Catalogue = Record<string, Text>;
/** A variable is the same in both languages (a date, an amount) or has a text of each (a label). */
export type Vars = Record<string, string | number | Text>;

const PLACEHOLDER = /\{(\w+)\}/g;

export function format(template: string, vars: Vars = {}, language: keyof Text = 'zh'): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    if (!Object.hasOwn(vars, name)) return whole;
    const value = vars[name]!;
    return typeof value === 'object' ? value[language] : String(value);
  });
}

/** The placeholders of a template, for the catalogue test (zh and en must name the same ones). */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();
}

export function render(entry: Text, vars?: Vars): Text {
  return { zh: format(entry.zh, vars, 'zh'), en: format(entry.en, vars, 'en') };
}

/** A feature's catalogue under its feature name: 'recon' + 'sessionClosed' → 'recon.sessionClosed'. */
export type Scoped<P extends string, T> = { [K in keyof T & string as `${P}.${K}`]: T[K] };

export function scoped<P extends string, T extends Catalogue>(prefix: P, catalogue: T): Scoped<P, T> {
  return Object.fromEntries(Object.entries(catalogue).map(([k, v]) => [`${prefix}.${k}`, v])) as Scoped<P, T>;
}
