import { describe, expect, it } from 'vitest';
import { placeholders, type Catalogue } from '../../core/lib/text';
import * as interest from '../../core/lib/interest/messages';
import { messages as tables } from '../../core/lib/tables/messages';

const catalogues: Record<string, Catalogue> = {
  'interest.messages': interest.messages,
  'interest.SETTING_LABELS': interest.SETTING_LABELS,
  'interest.BUCKET_LABELS': interest.BUCKET_LABELS,
  'tables.messages': tables,
};

/** The English trace names a rule, not its order in words: it may leave a Chinese variable out. */
const ENGLISH_SHORTER = new Set(['interest.messages.ruleRegime']);

describe('the catalogues of core/lib', () => {
  for (const [name, catalogue] of Object.entries(catalogues))
    it(`${name}: both languages, the same variables`, () => {
      for (const [key, text] of Object.entries(catalogue)) {
        const id = `${name}.${key}`;
        expect(text.zh.trim(), id).not.toBe('');
        expect(text.en.trim(), id).not.toBe('');
        const zh = placeholders(text.zh);
        const en = placeholders(text.en);
        if (ENGLISH_SHORTER.has(id)) expect(zh, id).toEqual(expect.arrayContaining(en));
        else expect(en, id).toEqual(zh);
      }
    });
});
