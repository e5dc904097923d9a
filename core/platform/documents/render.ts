import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import { pdfkitAddPlaceholder } from '@signpdf/placeholder-pdfkit';
import { canonicalJson } from '../db/canonical-json';
import { loadFonts, type FontData } from './fonts';
import { breakLines } from './linebreak';
import type { Align, Block, Column, DocumentModel, PageSignature, Provenance } from './model';
import { beijingTime, zh } from './messages';
import { flattenPng } from './png';

/**
 * The layout engine: A4 pages on pdfkit with every page buffered, so the footer 「第 x 页 共 y 页」 is
 * written once the page count is known. Everything is placed explicitly (no pdfkit auto-flow), which
 * keeps the line breaking ours (linebreak.ts) and the output byte-for-byte the same for the same model
 * and clock.
 */

export const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 72, bottom: 100, left: 79, right: 74 };
const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const BOTTOM = A4.height - MARGIN.bottom;

const BODY = { font: 'serif', size: 12, leading: 21 };
const SMALL = { font: 'serif', size: 10, leading: 15 };
const TABLE = { font: 'serif', size: 10, leading: 14, pad: 4 };
const HEADING = { font: 'bold', size: 12.5, leading: 24 };
const INK = '#000000';
const GREY = '#444444';

export type SignaturePlaceholder = {
  /** The signer's name as written into the signature dictionary (the certificate CN). */
  name: string;
  reason: string;
  location: string;
  contactInfo: string;
  /** Bytes reserved for the PKCS#7 blob (hex-encoded twice as long in the file). */
  signatureLength: number;
};

export type RenderOptions = {
  /** The clock: CreationDate, ModDate and the signature time all come from here. */
  now: Date;
  provenance?: Provenance;
  /** When given, an empty signature field is added for signPdf to fill. */
  placeholder?: SignaturePlaceholder;
  fonts?: FontData;
  /** Called with the number of pages laid out so far, each time a page is started (export progress). */
  onPage?: (pages: number) => void;
};

export type Rendered = { pdf: Buffer; pages: number };

/** sha256 of what the document says: header and blocks, canonical JSON (not the PDF bytes). */
export function recordHash(model: DocumentModel): string {
  const content = {
    kind: model.kind,
    court: model.court,
    title: model.title,
    caseNumber: model.caseNumber ?? null,
    blocks: model.blocks,
    pageSignatures: model.pageSignatures ?? [],
  };
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

type Style = { font: string; size: number };

/** pdfkit's opened image (one XObject however often it is drawn); untyped in @types/pdfkit. */
type PdfImage = { width: number; height: number };
type WithImages = {
  openImage(src: Buffer): PdfImage;
  image(src: PdfImage, x: number, y: number, options: { height: number }): unknown;
};

class Layout {
  readonly doc: PDFKit.PDFDocument;
  private y = MARGIN.top;
  private readonly widths = new Map<string, number>();
  private readonly images = new Map<string, PdfImage>();
  private readonly faces: Record<string, string>;

  private pageCount = 0;
  private readonly onPage: ((pages: number) => void) | undefined;

  constructor(model: DocumentModel, options: RenderOptions) {
    this.onPage = options.onPage;
    const fonts = options.fonts ?? loadFonts();
    this.doc = new PDFDocument({
      size: 'A4',
      margins: MARGIN,
      bufferPages: true,
      autoFirstPage: false,
      pdfVersion: '1.7',
      lang: 'zh-CN',
      displayTitle: true,
      // Our serif face as the initial font: pdfkit would otherwise load Helvetica's metrics through a
      // package "imports" path that does not survive bundling into the Electron main process.
      font: fonts.serif as unknown as string,
      info: {
        Title: model.caseNumber ? `${model.title} ${model.caseNumber}` : model.title,
        Author: model.court,
        Subject: model.subject ?? model.title,
        Keywords: model.keywords ?? `hearing-desk:${model.kind}`,
        Creator: zh('pdfCreator'),
        Producer: 'Hearing Desk (pdfkit)',
        CreationDate: options.now,
        ModDate: options.now,
      },
    });
    // pdfkit caches a font under the key it was first opened with; re-opening by another key parses the
    // 15 MB file again. The serif face was opened by the constructor and is cached under its PostScript
    // name; the bold face is registered under 'bold'.
    const opened = (this.doc as unknown as { _font?: { name?: string } })._font?.name;
    this.faces = { serif: opened ?? 'serif', bold: 'bold' };
    if (!opened) this.doc.registerFont('serif', fonts.serif);
    this.doc.registerFont('bold', fonts.bold);
    this.newPage();
  }

  width(style: Style, text: string): number {
    const key = `${style.font}\u0000${style.size}\u0000${text}`;
    let w = this.widths.get(key);
    if (w === undefined) {
      w = this.doc.font(this.faces[style.font]!).fontSize(style.size).widthOfString(text);
      this.widths.set(key, w);
    }
    return w;
  }

  lines(style: Style, text: string, maxWidth: number): string[] {
    return breakLines(text, maxWidth, (s) => this.width(style, s));
  }

  newPage(): void {
    this.doc.addPage({ size: 'A4', margins: MARGIN });
    this.y = MARGIN.top;
    this.pageCount += 1;
    this.onPage?.(this.pageCount);
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.y + height > BOTTOM && this.y > MARGIN.top) this.newPage();
  }

  /**
   * One line of text at (x, baseline-top y). `justify` spreads a full line to `width` with character
   * spacing, as Chinese prose is set flush on both sides.
   */
  draw(
    style: Style,
    text: string,
    x: number,
    y: number,
    opts: { width?: number; align?: Align; justify?: boolean; color?: string } = {},
  ): void {
    if (!text) return;
    const w = this.width(style, text);
    let left = x;
    let characterSpacing = 0;
    if (opts.width !== undefined) {
      if (opts.align === 'center') left = x + (opts.width - w) / 2;
      else if (opts.align === 'right') left = x + opts.width - w;
      else if (opts.justify) {
        const n = [...text].length;
        const extra = opts.width - w;
        if (n > 1 && extra > 0 && extra / (n - 1) < style.size * 0.1) characterSpacing = extra / (n - 1);
      }
    }
    this.doc
      .font(this.faces[style.font]!)
      .fontSize(style.size)
      .fillColor(opts.color ?? INK)
      .text(text, left, y, { lineBreak: false, characterSpacing });
  }

  rule(x1: number, y1: number, x2: number, y2: number, width = 0.5): void {
    this.doc.moveTo(x1, y1).lineTo(x2, y2).lineWidth(width).strokeColor(INK).stroke();
  }

  header(model: DocumentModel): void {
    const court = { font: 'bold', size: 18 };
    const title = { font: 'bold', size: 22 };
    if (model.court) {
      this.draw(court, model.court, MARGIN.left, this.y, { width: TEXT_WIDTH, align: 'center' });
      this.y += 32;
    }
    this.draw(title, model.title, MARGIN.left, this.y, { width: TEXT_WIDTH, align: 'center' });
    this.y += 38;
    if (model.caseNumber) {
      this.draw(BODY, model.caseNumber, MARGIN.left, this.y, { width: TEXT_WIDTH, align: 'right' });
      this.y += BODY.leading + 6;
    }
  }

  paragraph(
    text: string,
    style: typeof BODY,
    opts: { indent?: boolean; align?: Align; color?: string } = {},
  ): void {
    const body = opts.indent ? `${zh('indent')}${text}` : text;
    const lines = this.lines(style, body, TEXT_WIDTH);
    // Short paragraphs stay whole; longer ones leave no single line behind or ahead (widows, orphans).
    this.ensure(style.leading * (lines.length <= 3 ? lines.length : 2));
    lines.forEach((line, i) => {
      const left = lines.length - i;
      if (i > 0 && left === 2 && lines.length > 3) this.ensure(style.leading * 2);
      else this.ensure(style.leading);
      const last = i === lines.length - 1;
      this.draw(style, line, MARGIN.left, this.y, {
        width: TEXT_WIDTH,
        align: opts.align ?? 'left',
        justify: !last && (opts.align ?? 'left') === 'left',
        ...(opts.color ? { color: opts.color } : {}),
      });
      this.y += style.leading;
    });
  }

  heading(text: string): void {
    // Kept with at least two lines of what follows.
    this.ensure(HEADING.leading + BODY.leading * 2 + 6);
    this.y += 6;
    this.draw(HEADING, text, MARGIN.left, this.y);
    this.y += HEADING.leading;
  }

  /** A label column and wrapped values hanging beside it. */
  fields(rows: { label: string; value: string }[]): void {
    const labelWidth = Math.min(
      TEXT_WIDTH * 0.3,
      Math.max(...rows.map((r) => this.width(BODY, zh('label', { label: r.label }))), 0),
    );
    for (const row of rows) {
      // A label longer than its column wraps inside it; the value hangs beside.
      const labels = this.lines(BODY, zh('label', { label: row.label }), labelWidth);
      const values = this.lines(BODY, row.value, TEXT_WIDTH - labelWidth - BODY.size / 2);
      const count = Math.max(labels.length, values.length);
      this.ensure(BODY.leading * Math.min(count, 3));
      for (let i = 0; i < count; i++) {
        if (i > 0) this.ensure(BODY.leading);
        this.draw(BODY, labels[i] ?? '', MARGIN.left, this.y);
        this.draw(BODY, values[i] ?? '', MARGIN.left + labelWidth + BODY.size / 2, this.y);
        this.y += BODY.leading;
      }
    }
  }

  /** Text in a hanging layout: `label` in a gutter, `text` wrapped beside it; `small` under it. */
  hanging(label: string, labelStyle: Style, text: string, small?: string): void {
    const gutter = Math.max(this.width(labelStyle, label) + 4, BODY.size * 2.5);
    const lines = this.lines(BODY, text, TEXT_WIDTH - gutter);
    const smallLines = small ? this.lines(SMALL, small, TEXT_WIDTH - gutter) : [];
    const height = lines.length * BODY.leading + smallLines.length * SMALL.leading;
    // A step stays on one page when it can.
    if (height <= BOTTOM - MARGIN.top) this.ensure(height);
    else this.ensure(BODY.leading);
    this.draw(labelStyle, label, MARGIN.left, this.y);
    lines.forEach((line, i) => {
      if (i > 0) this.ensure(BODY.leading);
      this.draw(BODY, line, MARGIN.left + gutter, this.y, {
        width: TEXT_WIDTH - gutter,
        justify: i < lines.length - 1,
      });
      this.y += BODY.leading;
    });
    for (const line of smallLines) {
      this.ensure(SMALL.leading);
      this.draw(SMALL, line, MARGIN.left + gutter, this.y, { color: GREY });
      this.y += SMALL.leading;
    }
    this.y += 3;
  }

  /** A bold run-in label (「审判员：」) and the text after it, returning to the margin as 笔录 are set. */
  runIn(label: string, text: string): void {
    const labelStyle = { font: 'bold', size: BODY.size };
    const lw = this.width(labelStyle, label);
    const lines = breakLines(text, TEXT_WIDTH, (s) => this.width(BODY, s), TEXT_WIDTH - lw);
    this.ensure(BODY.leading * (lines.length <= 3 ? lines.length : 2));
    lines.forEach((line, i) => {
      if (i > 0) this.ensure(BODY.leading);
      if (i === 0) this.draw(labelStyle, label, MARGIN.left, this.y);
      const x = i === 0 ? MARGIN.left + lw : MARGIN.left;
      this.draw(BODY, line, x, this.y, {
        width: MARGIN.left + TEXT_WIDTH - x,
        justify: i < lines.length - 1,
      });
      this.y += BODY.leading;
    });
    this.y += 3;
  }

  table(columns: Column[], rows: string[][], totalRows: number): void {
    const share = columns.reduce((s, c) => s + c.width, 0);
    const widths = columns.map((c) => (c.width / share) * TEXT_WIDTH);
    const lefts = widths.map((_, i) => MARGIN.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
    const headStyle = { font: 'bold', size: TABLE.size };
    const cellLines = (style: Style, cells: string[]) =>
      cells.map((cell, i) => this.lines(style, cell, widths[i]! - TABLE.pad * 2));
    const headLines = cellLines(
      headStyle,
      columns.map((c) => c.header),
    );
    const headHeight = Math.max(...headLines.map((l) => l.length)) * TABLE.leading + TABLE.pad * 2;

    const drawRow = (style: Style, lines: string[][], height: number, header: boolean) => {
      const top = this.y;
      lines.forEach((cell, i) => {
        const align = header ? 'center' : (columns[i]!.align ?? 'left');
        cell.forEach((line, j) => {
          this.draw(style, line, lefts[i]! + TABLE.pad, top + TABLE.pad + j * TABLE.leading + 1, {
            width: widths[i]! - TABLE.pad * 2,
            align,
          });
        });
      });
      // Ruling: the top line, the cell walls and the bottom line of this row.
      const right = MARGIN.left + TEXT_WIDTH;
      this.rule(MARGIN.left, top, right, top, header ? 0.8 : 0.5);
      this.rule(MARGIN.left, top + height, right, top + height, header ? 0.8 : 0.5);
      for (const x of [...lefts, right]) this.rule(x, top, x, top + height);
      this.y = top + height;
    };
    const header = () => drawRow(headStyle, headLines, headHeight, true);

    this.ensure(headHeight + TABLE.leading + TABLE.pad * 2);
    header();
    rows.forEach((row, r) => {
      const style = r >= rows.length - totalRows ? headStyle : TABLE;
      let remaining = cellLines(style, row);
      while (remaining.some((l) => l.length > 0)) {
        const need = Math.max(1, ...remaining.map((l) => l.length));
        const room = Math.floor((BOTTOM - this.y - TABLE.pad * 2) / TABLE.leading);
        if (
          room < need &&
          (room < 1 || need * TABLE.leading + TABLE.pad * 2 <= BOTTOM - MARGIN.top - headHeight)
        ) {
          // The whole row fits on a fresh page: move it there, under a repeated header.
          this.newPage();
          header();
          continue;
        }
        const take = Math.min(need, room);
        drawRow(
          style,
          remaining.map((l) => l.slice(0, take)),
          take * TABLE.leading + TABLE.pad * 2,
          false,
        );
        remaining = remaining.map((l) => l.slice(take));
        if (remaining.some((l) => l.length > 0)) {
          this.newPage();
          header();
        }
      }
    });
    this.y += 8;
  }

  signatures(
    signers: { role: string; name?: string; imagePng?: string; refused?: string }[],
    date?: string,
  ): void {
    this.ensure(BODY.leading * 2 * signers.length + (date ? BODY.leading * 2 : 0));
    this.y += BODY.leading / 2;
    for (const s of signers) {
      const label = zh('label', { label: `${s.role}${zh('signHere')}` });
      const x = MARGIN.left + TEXT_WIDTH * 0.35;
      this.draw(BODY, label, x, this.y);
      const lx = x + this.width(BODY, label);
      const ruleY = this.y + BODY.size + 3;
      this.rule(lx, ruleY, MARGIN.left + TEXT_WIDTH, ruleY);
      if (s.refused !== undefined) {
        // 拒绝签名 on the line, the reason under it in small type (it may wrap), never across the line.
        this.draw(BODY, `${s.name ? `${s.name} ` : ''}${zh('refused')}`, lx + 6, this.y);
        const reason = this.lines(SMALL, zh('refusedReason', { reason: s.refused }), TEXT_WIDTH * 0.65);
        reason.forEach((line, i) =>
          this.draw(SMALL, line, x, ruleY + 4 + i * SMALL.leading, { color: GREY }),
        );
        this.y += reason.length * SMALL.leading;
      } else if (s.imagePng)
        (this.doc as unknown as WithImages).image(this.image(s.imagePng), lx + 6, this.y - 12, {
          height: 28,
        });
      else if (s.name) this.draw(BODY, s.name, lx + 6, this.y);
      this.y += BODY.leading * 2;
    }
    if (date) {
      this.draw(BODY, date, MARGIN.left, this.y, { width: TEXT_WIDTH, align: 'right' });
      this.y += BODY.leading * 2;
    }
  }

  closing(lines: string[]): void {
    this.ensure(BODY.leading * (lines.length + 2));
    this.y += BODY.leading;
    const w = Math.max(...lines.map((l) => this.width(BODY, l)));
    for (const line of lines) {
      // A block set flush right, its lines centred on each other, as a court's 落款.
      this.draw(BODY, line, MARGIN.left + TEXT_WIDTH - w - BODY.size * 2, this.y, {
        width: w,
        align: 'center',
      });
      this.y += BODY.leading;
    }
  }

  block(b: Block): void {
    switch (b.type) {
      case 'heading':
        return this.heading(b.text);
      case 'paragraph':
        return this.paragraph(b.text, b.size === 'small' ? SMALL : BODY, {
          ...(b.indent ? { indent: true } : {}),
          ...(b.align ? { align: b.align } : {}),
        });
      case 'fields':
        return this.fields(b.rows);
      case 'table':
        return this.table(b.columns, b.rows, b.totalRows ?? 0);
      case 'step':
        return this.hanging(`${b.number}.`, BODY, b.text, b.formula);
      case 'entry':
        return this.runIn(
          b.number === undefined
            ? zh('label', { label: b.speaker })
            : zh('numberedLabel', { number: b.number, label: b.speaker }),
          b.text,
        );
      case 'signatures':
        return this.signatures(b.signers, b.date);
      case 'closing':
        return this.closing(b.lines);
      case 'spacer':
        this.y += BODY.leading * b.lines;
        return;
      case 'pageBreak':
        return this.newPage();
      default: {
        const never: never = b;
        throw new Error(`unknown block ${JSON.stringify(never)}`);
      }
    }
  }

  provenance(p: Provenance): void {
    const lines = [
      zh('provenanceIntro', { signer: p.signer }),
      `${zh('recordHash')}${p.recordHash}`,
      `${zh('auditHead')}${p.auditHead}`,
      `${zh('generatedAt')}${beijingTime(p.generatedAt)}`,
      zh('verifyHint'),
    ];
    const style = { font: 'serif', size: 8.5, leading: 12.5 };
    const wrapped = lines.flatMap((l) => this.lines(style, l, TEXT_WIDTH));
    const height = wrapped.length * style.leading + 13;
    this.ensure(height + 8);
    // Set at the foot of the last page, above the footer.
    this.y = Math.max(this.y + 8, BOTTOM - height);
    this.rule(MARGIN.left, this.y, MARGIN.left + TEXT_WIDTH, this.y, 0.3);
    this.y += 5;
    for (const line of wrapped) {
      this.draw(style, line, MARGIN.left, this.y, { color: GREY });
      this.y += style.leading;
    }
  }

  image(base64: string): PdfImage {
    let img = this.images.get(base64);
    if (!img) {
      img = (this.doc as unknown as WithImages).openImage(flattenPng(Buffer.from(base64, 'base64')));
      this.images.set(base64, img);
    }
    return img;
  }

  /** Footers on every page, once the count is known: page signatures, then 第 x 页 共 y 页. */
  footers(signatures: PageSignature[]): number {
    const range = this.doc.bufferedPageRange();
    const style = { font: 'serif', size: 10 };
    for (let i = 0; i < range.count; i++) {
      this.doc.switchToPage(range.start + i);
      if (signatures.length > 0) {
        const y = A4.height - MARGIN.bottom + 22;
        this.draw(style, zh('pageSignature'), MARGIN.left, y);
        let x = MARGIN.left + this.width(style, zh('pageSignature'));
        const slot = (TEXT_WIDTH - (x - MARGIN.left)) / signatures.length;
        for (const s of signatures) {
          const label = zh('label', { label: s.role });
          this.draw(style, label, x, y);
          const lx = x + this.width(style, label);
          if (s.refused !== undefined) this.draw(style, zh('refused'), lx + 2, y);
          else if (s.imagePng)
            (this.doc as unknown as WithImages).image(this.image(s.imagePng), lx, y - 8, { height: 22 });
          else if (s.name) this.draw(style, s.name, lx + 2, y);
          this.rule(lx, y + 13, x + slot - 8, y + 13, 0.4);
          x += slot;
        }
        // Who refused and why, on every page, in small type above the signature row.
        const refusals = signatures.filter((s) => s.refused !== undefined);
        if (refusals.length > 0) {
          const note = { font: 'serif', size: 7.5 };
          const text = refusals
            .map((s) =>
              zh('refusalNote', {
                role: s.role,
                name: s.name ? s.name : '',
                refused: zh('refused'),
                reason: zh('refusedReason', { reason: s.refused! }),
              }),
            )
            .join(zh('listSeparator'));
          this.draw(note, this.lines(note, text, TEXT_WIDTH)[0]!, MARGIN.left, BOTTOM + 4, { color: GREY });
        }
      }
      this.draw(style, zh('page', { x: i + 1, y: range.count }), MARGIN.left, A4.height - 52, {
        width: TEXT_WIDTH,
        align: 'center',
      });
    }
    this.doc.switchToPage(range.start + range.count - 1);
    return range.count;
  }

  finish(): Buffer {
    this.doc.end();
    const chunks: Buffer[] = [];
    let chunk: Buffer | null;
    // pdfkit pushes everything synchronously on end(); read it out of the stream's buffer.
    while ((chunk = this.doc.read() as Buffer | null) !== null) chunks.push(chunk);
    const pdf = Buffer.concat(chunks);
    // Anything pdfkit finishes asynchronously (it should be nothing: see png.ts) would leave no trailer.
    if (!pdf.subarray(-8).toString('latin1').includes('%%EOF'))
      throw new Error('pdfkit did not finish the document synchronously');
    return pdf;
  }
}

/** Lays a model out on A4 pages and returns the PDF (with an empty signature field when asked). */
export function renderPdf(model: DocumentModel, options: RenderOptions): Rendered {
  const layout = new Layout(model, options);
  layout.header(model);
  for (const block of model.blocks) layout.block(block);
  if (options.provenance) layout.provenance(options.provenance);
  const pages = layout.footers(model.pageSignatures ?? []);
  if (options.placeholder) {
    const p = options.placeholder;
    pdfkitAddPlaceholder({
      pdf: layout.doc,
      pdfBuffer: Buffer.alloc(0),
      reason: p.reason,
      contactInfo: p.contactInfo,
      name: p.name,
      location: p.location,
      signingTime: options.now,
      signatureLength: p.signatureLength,
      appName: 'HearingDesk',
    });
  }
  return { pdf: layout.finish(), pages };
}
