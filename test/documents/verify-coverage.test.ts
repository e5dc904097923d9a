import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, type Services } from '../../core/platform/api/services';
import { createWorkstationP12, identityFromP12 } from '../../core/platform/documents/identity';
import { verifyPdf } from '../../core/platform/documents/verify';
import { ok, start } from '../support/harness';
import { pdfsig, pdftotext, qpdfCheck, root } from '../support/pdf-tools';
import { tempDir } from '../support/temp';
import { addSecondSignature, coverFirstPage } from './incremental';

/**
 * Issue 14, attack 1: what a signed PDF proves. Each attack is a real file checked by pdfsig/qpdf and by
 * our three answers (documents.verify, the CLI, verifyPdf).
 */

const bin = path.join(root, 'bin/hearing-desk.mjs');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: root });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function exported(s: Services): Buffer {
  const sample = ok(call(s, 'cases.createSample', {}));
  return Buffer.from(ok(call(s, 'documents.statement', { caseId: sample.id })).base64, 'base64');
}

const verify = (s: Services, pdf: Buffer) =>
  ok(call(s, 'documents.verify', { base64: pdf.toString('base64') }));

function save(pdf: Buffer, name: string): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, pdf);
  return file;
}

const attacker = () => {
  const made = createWorkstationP12({
    commonName: '示例市第一人民法院执行局 工作站',
    now: new Date('2026-01-20'),
  });
  return identityFromP12(made.p12, made.passphrase, 'workstation');
};

describe('signed PDF: intact only if valid signatures cover every byte', () => {
  it('an untouched export is verified: trusted signer, whole file, registered', () => {
    const s = start();
    const pdf = exported(s);
    const v = verify(s, pdf);
    expect(v).toMatchObject({
      status: 'verified',
      intact: true,
      verified: true,
      registered: true,
      outside: null,
    });
    expect(v.message_zh).toContain('签名有效，签名人 示例市第一人民法院执行局 工作站（受信任）');
    expect(v.signatures).toHaveLength(1);
    expect(v.signatures[0]).toMatchObject({ valid: true, trusted: true, coversWholeFile: true, revision: 1 });
    expect(v.signatures[0]!.coveredTo).toBe(pdf.length);
    expect(v.signatures[0]!.groupedFingerprint).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
    const r = cli('verify', save(pdf, 'good.pdf'), '--data', s.dataDir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('核验通过');
  });

  it('an incremental update drawing over page 1 is 「签署后被修改」: API, CLI and verifyPdf; pdfsig agrees it is not the signed whole', () => {
    const s = start();
    const pdf = exported(s);
    const altered = coverFirstPage(pdf);
    const file = save(altered, 'covered.pdf');
    expect(qpdfCheck(file).code).toBe(0);
    expect(pdftotext(file, 1)).toContain('迟延履行利息计算说明');
    const sig = pdfsig(file).out;
    expect(sig).toContain('Signature is Valid.');
    expect(sig).toContain('Not total document signed');

    const v = verify(s, altered);
    expect(v).toMatchObject({ status: 'modified', intact: false, verified: false, revisions: 2 });
    expect(v.outside).toEqual({ from: pdf.length, to: altered.length - 1, revisions: [2] });
    expect(v.message_zh).toContain('签署后被修改');
    expect(v.message_zh).toContain(`第 ${pdf.length}–${altered.length - 1} 字节（第 2 次修订）`);
    expect(v.message_zh).not.toContain('未被改动');
    expect(verifyPdf(altered).intact).toBe(false);

    const r = cli('verify', file, '--data', s.dataDir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('核验未通过：签署后被修改');
    expect(r.stderr).toContain(
      `签名范围之外 outside every signature: 第 ${pdf.length}–${altered.length - 1} 字节`,
    );
  });

  it('a trailing comment is outside the signature: modified, the appended bytes named', () => {
    const s = start();
    const pdf = exported(s);
    const altered = Buffer.concat([pdf, Buffer.from('\n% 已结清\n', 'utf8')]);
    const v = verify(s, altered);
    expect(v).toMatchObject({ status: 'modified', intact: false });
    expect(v.outside).toEqual({ from: pdf.length, to: altered.length - 1, revisions: [] });
    expect(v.message_zh).toContain('文件末尾第');
    expect(cli('verify', save(altered, 'comment.pdf'), '--data', s.dataDir).code).toBe(1);
  });

  it('a truncated file is not verified (the ByteRange runs past its end)', () => {
    const s = start();
    const pdf = exported(s);
    const cut = pdf.subarray(0, pdf.length - 200);
    const v = verify(s, cut);
    expect(v).toMatchObject({ status: 'broken', intact: false, verified: false });
    expect(v.message_zh).toContain('签名无效');
    expect(v.message_zh).toContain('签名范围超出文件长度（文件可能被截断）');
    expect(pdfsig(save(cut, 'cut.pdf')).out).not.toContain('Signature is Valid.');
    expect(cli('verify', save(cut, 'cut2.pdf'), '--data', s.dataDir).code).toBe(1);
  });

  it('a second signature by an untrusted key (same CN) covers the change but is not trusted: not verified', () => {
    const s = start();
    const pdf = exported(s);
    const forger = attacker();
    const twice = addSecondSignature(coverFirstPage(pdf), forger, new Date('2026-01-22T08:00:00Z'));
    const file = save(twice, 'twice.pdf');
    const sig = pdfsig(file).out;
    expect(sig).toContain('Signature #2');
    expect(sig.match(/Signature is Valid\./g)).toHaveLength(2);
    const v = verify(s, twice);
    expect(v).toMatchObject({ status: 'untrusted', intact: true, verified: false, outside: null });
    expect(v.signatures.map((x) => [x.valid, x.trusted, x.revision])).toEqual([
      [true, true, 1],
      [true, false, 3],
    ]);
    expect(v.signatures[1]!.fingerprint).toBe(forger.fingerprint);
    expect(v.message_zh).toContain('签名有效，但签名人不在受信任列表：示例市第一人民法院执行局 工作站');
    const r = cli('verify', file, '--data', s.dataDir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('有效，不在受信任列表');
  });
});

describe('signed PDFs from another workstation', () => {
  it('「签名有效，但签名人不在受信任列表」 until its certificate is trusted by fingerprint, then 「（受信任）」 without a register row', () => {
    const here = start();
    const other = start();
    const foreign = exported(other);
    const before = verify(here, foreign);
    expect(before).toMatchObject({ status: 'untrusted', registered: false, verified: false });
    expect(before.message_zh).toContain('签名有效，但签名人不在受信任列表');

    const theirs = ok(call(other, 'documents.trustList', {})).own!;
    const pem = fs.readFileSync(path.join(other.dataDir, 'identity', 'workstation.p12'));
    const pass = fs.readFileSync(path.join(other.dataDir, 'identity', 'workstation.pass'), 'utf8');
    ok(
      call(here, 'documents.trust', {
        base64: pem.toString('base64'),
        passphrase: pass,
        fingerprint: theirs.groupedFingerprint,
        confirmedBy: 'file',
      }),
    );
    const after = verify(here, foreign);
    expect(after).toMatchObject({ status: 'verified', registered: false, verified: true });
    expect(after.message_zh).toContain('签名有效，签名人 示例市第一人民法院执行局 工作站（受信任）');
    const r = cli('verify', save(foreign, 'foreign.pdf'), '--data', here.dataDir);
    expect(r.code).toBe(0);
  });
});
