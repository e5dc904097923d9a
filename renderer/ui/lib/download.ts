/** Offers a blob to the user as a file through the browser's own download, never the file system. */
function offer(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Offers text to the user as a file through the browser's own download, never the file system. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  offer(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}

/** Offers base64 bytes from the API (a PDF, a zip) as a download through the browser. */
export function downloadBase64(fileName: string, base64: string, type: string): void {
  offer(fileName, new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type }));
}
