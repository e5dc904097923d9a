/**
 * A document as plain data: what the layout engine draws. Builders (statement.ts, minutes.ts) are pure
 * functions from domain values to a DocumentModel; render.ts turns a model into PDF bytes. The model is
 * JSON-serialisable (images as base64), so a worker thread can receive it as a message.
 */

export type Align = 'left' | 'center' | 'right';

export type Column = {
  header: string;
  /** A share of the text width; the shares of a table are normalised to fill it. */
  width: number;
  align?: Align;
};

export type Block =
  /** A section heading in the bold sans face, kept with what follows. */
  | { type: 'heading'; text: string }
  /** Body text; `indent` gives the 2-character first-line indent of Chinese prose. */
  | { type: 'paragraph'; text: string; indent?: boolean; align?: Align; size?: 'body' | 'small' }
  /** Label：value lines with the labels in one column (parties, case facts). */
  | { type: 'fields'; rows: { label: string; value: string }[] }
  /** A ruled table; breaks across pages with the header row repeated; `total` rows are set in bold. */
  | { type: 'table'; columns: Column[]; rows: string[][]; totalRows?: number }
  /** A numbered step: its number, a line of text and, smaller, a formula (the computation trace). */
  | { type: 'step'; number: number; text: string; formula?: string }
  /** One entry of minutes: 问/答 or a speaker, then what was said. */
  | { type: 'entry'; number?: number; speaker: string; text: string }
  /** The closing signature lines: each role with its name (or a blank line to sign on). */
  | {
      type: 'signatures';
      /** A handwritten PNG (base64) is drawn on the line; a refusal prints 拒绝签名 and its reason instead. */
      signers: { role: string; name?: string; imagePng?: string; refused?: string }[];
      date?: string;
    }
  /** 落款: court name and date, right-aligned. */
  | { type: 'closing'; lines: string[] }
  | { type: 'spacer'; lines: number }
  | { type: 'pageBreak' };

/** What goes on every page footer above 「第 x 页 共 y 页」 (逐页签名). */
export type PageSignature = {
  role: string;
  /** A text signature (the name), or empty for a line to sign on. */
  name?: string;
  /** A PNG of a handwritten signature, base64. */
  imagePng?: string;
  /** This signer refused to sign: the reason, printed on every page (拒绝签名). */
  refused?: string;
};

export type DocumentModel = {
  /** Register kind: 'statement', 'minutes', … */
  kind: string;
  court: string;
  title: string;
  caseNumber?: string;
  blocks: Block[];
  pageSignatures?: PageSignature[];
  /** PDF metadata. */
  subject?: string;
  keywords?: string;
};

/** Facts printed on the last page that tie the PDF to the record it came from. */
export type Provenance = {
  /** sha256 of the canonical JSON of the record content (the model's blocks and header). */
  recordHash: string;
  /** Head of the audit hash chain when the document was made. */
  auditHead: string;
  /** ISO 8601 UTC. */
  generatedAt: string;
  signer: string;
};
