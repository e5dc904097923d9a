import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp';
import { flat, pdfsig, pdftotext, qpdfCheck, root } from '../support/pdf-tools';

const bin = path.join(root, 'bin/hearing-desk.mjs');
const fixture = (name: string) => path.join(root, 'test/support/fixtures/examples', name);

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    cwd: root,
    env: { ...process.env, HEARING_DESK_NOW: '2026-01-21T08:00:00.000Z' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('hearing-desk statement / verify (real processes)', () => {
  it('writes a signed statement, records it, and verify accepts it (exit 0)', () => {
    const data = tempDir();
    const out = path.join(tempDir(), 'e5.pdf');
    const r = cli(
      'statement',
      fixture('e5.json'),
      '--out',
      out,
      '--data',
      data,
      '--court',
      '示例市第一人民法院',
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('示例市第一人民法院执行局 工作站');
    const text = flat(pdftotext(out));
    expect(text).toContain('迟延履行利息计算说明');
    expect(text).toContain('(2014)E5执5号');
    expect(text).toContain('合计114,346.50');
    expect(text).toContain('人民币壹拾壹万肆仟叁佰肆拾陆元伍角');
    expect(pdfsig(out).out).toContain('Signature is Valid.');
    expect(qpdfCheck(out).code).toBe(0);

    const db = new Database(path.join(data, 'hearing-desk.sqlite'), { readonly: true });
    const row = db.prepare('SELECT kind, case_id, sha256, file_name, at FROM export_register').get();
    db.close();
    const sha = /SHA-256: ([0-9a-f]{64})/.exec(r.stdout)?.[1];
    expect(row).toEqual({
      kind: 'statement',
      case_id: null,
      sha256: sha,
      file_name: 'e5.pdf',
      at: '2026-01-21T08:00:00.000Z',
    });

    const v = cli('verify', out, '--data', data);
    expect(v.code).toBe(0);
    expect(v.stdout).toContain('核验通过');
    expect(v.stdout).toContain('verified: Signature valid');
  });

  it('verify exits 1 for an altered file and for a file this installation did not export', () => {
    const data = tempDir();
    const out = path.join(tempDir(), 'e2.pdf');
    expect(
      cli('statement', fixture('e2.json'), '--out', out, '--data', data, '--as-of', '2020-04-18').code,
    ).toBe(0);
    expect(flat(pdftotext(out))).toContain('截至二〇二〇年四月十八日');

    const unknown = cli('verify', out, '--data', tempDir());
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('签名有效，但签名人不在受信任列表');
    expect(unknown.stderr).toContain('not in the trusted list');

    const bytes = fs.readFileSync(out);
    const at = bytes.indexOf('Hearing Desk (pdfkit)', 0, 'latin1');
    bytes[at + 1] = 'E'.charCodeAt(0);
    const altered = path.join(tempDir(), 'altered.pdf');
    fs.writeFileSync(altered, bytes);
    const bad = cli('verify', altered, '--data', data);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('签名无效');
    expect(bad.stderr).toContain('Signature NOT valid');
  });

  it('exits 2 with the messages of `compute` for an invalid ledger, writing nothing', () => {
    const ledger = JSON.parse(fs.readFileSync(fixture('e2.json'), 'utf8'));
    ledger.payments[0].amount = '1.234';
    const dir = tempDir();
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, JSON.stringify(ledger));
    const out = path.join(dir, 'bad.pdf');
    const r = cli('statement', bad, '--out', out, '--data', dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('账目文件无效');
    expect(r.stderr).toContain('payments[0].amount');
    expect(r.stdout).toBe('');
    expect(fs.existsSync(out)).toBe(false);
    const compute = cli('compute', bad);
    expect(compute.code).toBe(2);
    expect(r.stderr).toBe(compute.stderr);
  });

  it('exits 2 on usage errors', () => {
    expect(cli('statement', fixture('e2.json')).code).toBe(2);
    expect(cli('statement', fixture('e2.json'), '--out').code).toBe(2);
    expect(cli('statement', fixture('e2.json'), '--out', 'x.pdf', '--bogus', '1').stderr).toContain(
      'unknown option',
    );
    expect(cli('verify').code).toBe(2);
    expect(cli('verify', '/nonexistent/file.pdf', '--data', tempDir()).code).toBe(2);
  });
});
