import type { Catalogue } from '../../lib/text';

/** This feature's errors and refusals, zh-CN and en; keys are named in code as '<feature>.<key>'. */
export const messages = {} as const satisfies Catalogue;

/** Phrases of this feature's documents: court language, zh-CN only. */
export const phrases = {} as const;
