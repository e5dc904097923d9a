/**
 * A one-time message carried from the import screen back to the case page ("已导入 N 笔"):
 * kept in memory only, read by the case page's import section, cleared once shown.
 */
const notices = new Map<number, string>();

export function setImportNotice(caseId: number, text: string): void {
  notices.set(caseId, text);
}

export function peekImportNotice(caseId: number): string | null {
  return notices.get(caseId) ?? null;
}

export function clearImportNotice(caseId: number): void {
  notices.delete(caseId);
}
