/** A LIKE pattern (with ESCAPE '\') matching `text` anywhere, its own % _ \ taken literally. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
