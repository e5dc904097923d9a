export { compute, type ComputeOptions } from './compute';
export { LedgerInputError } from './errors';
export { DEFAULT_SETTINGS, normalizeSettings, RULES_VERSION, SETTING_LABELS } from './settings';
export type * from './types';
