import { downloadBase64 } from '../../ui/lib/download';

/** Offers a PDF (base64 from the API) as a download through the browser, never the file system. */
export function downloadPdf(fileName: string, base64: string): void {
  downloadBase64(fileName, base64, 'application/pdf');
}
