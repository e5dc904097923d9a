import { readFileSync } from 'node:fs';
import type { Ledger } from '../core/lib/interest';
import { parseLedger } from '../core/features/ledger/ledger-file';

export type Streams = { stdout: { write(s: string): unknown }; stderr: { write(s: string): unknown } };

export const EXIT_INVALID = 2;

export function fail(io: Streams, zh: string, en: string, code = EXIT_INVALID): number {
  io.stderr.write(`错误：${zh}\nerror: ${en}\n`);
  return code;
}

export function readJson(file: string): { ok: true; value: unknown } | { ok: false; zh: string; en: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return { ok: false, zh: `无法读取文件 ${file}`, en: `cannot read file ${file}` };
  }
  // Excel's "Unicode text" and Notepad's "Unicode" are UTF-16: say so, not "GBK?".
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    (bytes.length >= 4 &&
      (bytes[1] === 0 || bytes[0] === 0) &&
      bytes.subarray(0, 64).filter((b) => b === 0).length * 3 >= Math.min(bytes.length, 64));
  if (utf16)
    return {
      ok: false,
      zh: `文件 ${file} 是 UTF-16 编码（“Unicode 文本”），请另存为 UTF-8`,
      en: `${file} is UTF-16 ("Unicode text"); save it as UTF-8`,
    };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return {
      ok: false,
      zh: `文件 ${file} 不是 UTF-8 编码（可能是 GBK），请另存为 UTF-8`,
      en: `${file} is not UTF-8 (GBK?); save it as UTF-8`,
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return {
      ok: false,
      zh: `文件 ${file} 不是有效的 JSON：${(e as Error).message}`,
      en: `${file} is not valid JSON: ${(e as Error).message}`,
    };
  }
}

/** Reads and checks a ledger file; on a problem, reports it on stderr (as `compute` does) and gives exit 2. */
export function loadLedger(io: Streams, file: string, asOf: string | undefined): Ledger | number {
  const read = readJson(file);
  if (!read.ok) return fail(io, read.zh, read.en);
  const parsed = parseLedger(read.value, asOf === undefined ? {} : { asOf });
  if (!parsed.ok) {
    io.stderr.write(`账目文件无效 invalid ledger file ${file}:\n`);
    for (const p of parsed.problems) io.stderr.write(`  - ${p.zh}\n    ${p.en}\n`);
    return EXIT_INVALID;
  }
  return parsed.ledger;
}
