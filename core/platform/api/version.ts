/** Shown in 关于 and printed on documents; kept equal to package.json "version" on release. */
export const APP_VERSION = '0.1.0';
/** The interest rules this build implements (docs/interest-rules.md). */
export const RULES_VERSION = 'hd-2026.2';
