import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const bin = path.join(root, 'bin/hearing-desk.mjs');
const fixture = (name: string) => path.join(root, 'test/support/fixtures/examples', name);

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: root });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempFile(name: string, content: string | Buffer): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hd-cli-'));
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

describe('hearing-desk compute (a real process)', () => {
  it('prints INTEREST.md §6 JSON for E5, equal to the expected file in allocations and balances', () => {
    const r = cli('compute', fixture('e5.json'));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const expected = JSON.parse(readFileSync(fixture('e5.expected.json'), 'utf8'));
    expect(Object.keys(out)).toEqual(['asOf', 'rules', 'settings', 'allocations', 'balances', 'trace']);
    expect(out.allocations).toEqual(expected.allocations);
    expect(out.balances).toEqual(expected.balances);
    expect(out.settings).toEqual(expected.settings);
  });

  it('--as-of overrides the file and --format text prints for a person', () => {
    const r = cli('compute', fixture('e2.json'), '--as-of', '2020-04-18', '--format', 'text');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('截至 as of 2020-04-18');
    expect(r.stdout).toContain('101732.50');
    expect(r.stdout).toContain('100000.00 × 0.000175 × 99 = 1732.50');
  });

  it.each([
    ['three decimals', { amount: '1.234' }, 'payments[0].amount'],
    ['a bad date', { date: '2024-02-30' }, 'payments[0].date'],
    ['an unknown field', { note: 'x' }, 'unknown field'],
  ])('exits 2 on %s with a Chinese and English message', (_n, patch, needle) => {
    const ledger = JSON.parse(readFileSync(fixture('e2.json'), 'utf8'));
    ledger.payments[0] = { ...ledger.payments[0], ...patch };
    const r = cli('compute', tempFile('bad.json', JSON.stringify(ledger)));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('账目文件无效');
    expect(r.stderr).toContain(needle);
  });

  it('exits 2 for an interest whose base refers to nothing, but accepts a due date after asOf', () => {
    const ledger = JSON.parse(readFileSync(fixture('e2.json'), 'utf8'));
    ledger.obligations.push({
      id: 'I',
      kind: 'interestRunning',
      base: 'Q',
      schedule: { type: 'lpr1y' },
      from: '2020-01-01',
    });
    expect(cli('compute', tempFile('b.json', JSON.stringify(ledger))).stderr).toContain('不存在');
    const later = JSON.parse(readFileSync(fixture('e2.json'), 'utf8'));
    later.obligations.push({ id: 'Q', kind: 'principal', amount: '5000.00', due: '2030-01-01' });
    const ok = cli('compute', tempFile('l.json', JSON.stringify(later)));
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).balances.principal).toBe('75000.00');
  });

  it('exits 2 without asOf, on broken JSON, on a GBK file and on a bad --as-of', () => {
    const ledger = JSON.parse(readFileSync(fixture('e2.json'), 'utf8'));
    delete ledger.asOf;
    const noAsOf = cli('compute', tempFile('n.json', JSON.stringify(ledger)));
    expect([noAsOf.code, noAsOf.stderr.includes('asOf')]).toEqual([2, true]);
    expect(cli('compute', tempFile('j.json', '{"format": ')).stderr).toContain('不是有效的 JSON');
    const gbk = Buffer.concat([
      Buffer.from('{"caseNumber":"'),
      Buffer.from([0xb0, 0xb8, 0xba, 0xc5]),
      Buffer.from('"}'),
    ]);
    expect(cli('compute', tempFile('g.json', gbk)).stderr).toContain('不是 UTF-8');
    expect(cli('compute', fixture('e1.json'), '--as-of', '2024-02-30').code).toBe(2);
    expect(cli('compute').code).toBe(2);
    expect(cli('compute', fixture('e1.json'), '--format', 'xml').code).toBe(2);
  });
});
