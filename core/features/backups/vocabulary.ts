/**
 * Words this feature compares as values, not texts to translate: the restore screen asks for this very
 * word and the host checks it character for character, whatever the language of the screen.
 */

/** The word typed to confirm a restore. */
export const RESTORE_WORD = '恢复';
