import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import { canonicalJson } from './canonical-json';
import { writePrivateFile } from './seal-key';

/**
 * The chain heads kept outside the database: written after every commit of the app, so a file cut
 * short or put back from an older copy no longer reaches the head the app last wrote. Sealed with the
 * same workstation key (a person cannot write a head to match an old copy). A backup's manifest holds
 * the same fields under another purpose, so a manifest cannot stand in for the head file.
 */
export type Head = {
  journalSeq: number;
  journalMac: string;
  auditSeq: number;
  auditHash: string;
  /** the last audit row, to name what a shorter or older file lacks */
  auditLast: { entity: string; entityId: string; action: string; at: string } | null;
};
export type HeadPurpose = 'head' | 'manifest';
export type SealedHead = Head & { purpose: HeadPurpose; mac: string };

export const HEAD_SUFFIX = '.head';

export const headFileOf = (dbFile: string) => `${dbFile}${HEAD_SUFFIX}`;
/**
 * A head the database no longer reaches when the app opens it (cut short, replaced by an older copy) is
 * moved here before the app's next commit writes a new head, so the finding stays until acknowledged.
 */
export const lostHeadFileOf = (dbFile: string) => `${dbFile}${HEAD_SUFFIX}.lost`;

function macOf(key: Buffer, purpose: HeadPurpose, head: Head): string {
  const { journalSeq, journalMac, auditSeq, auditHash, auditLast } = head;
  return createHmac('sha256', key)
    .update(canonicalJson({ purpose, journalSeq, journalMac, auditSeq, auditHash, auditLast }))
    .digest('hex');
}

export function sealHead(key: Buffer, purpose: HeadPurpose, head: Head): SealedHead {
  return { ...head, purpose, mac: macOf(key, purpose, head) };
}

export function writeHead(file: string, sealed: SealedHead): void {
  writePrivateFile(file, `${JSON.stringify(sealed, null, 1)}\n`);
}

export type ReadHead =
  | { state: 'missing' }
  | { state: 'unreadable' }
  | { state: 'forged'; head: SealedHead }
  | { state: 'unchecked'; head: SealedHead }
  | { state: 'ok'; head: SealedHead };

export function readHead(file: string, key: Buffer | null, purpose: HeadPurpose): ReadHead {
  if (!fs.existsSync(file)) return { state: 'missing' };
  let head: SealedHead;
  try {
    head = JSON.parse(fs.readFileSync(file, 'utf8')) as SealedHead;
  } catch {
    return { state: 'unreadable' };
  }
  if (typeof head.journalSeq !== 'number' || typeof head.auditSeq !== 'number')
    return { state: 'unreadable' };
  if (!key) return { state: 'unchecked', head };
  return head.purpose === purpose && head.mac === macOf(key, purpose, head)
    ? { state: 'ok', head }
    : { state: 'forged', head };
}
