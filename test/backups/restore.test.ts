import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_DIR_NAME, call, openServices, type Services } from '../../core/platform/api/services';
import { RESTORE_WORD } from '../../core/features/backups/model';
import { KEEP_BACKUPS, MANIFEST_SUFFIX } from '../../core/platform/db/backup';
import { openDatabase } from '../../core/platform/db/open';
import { LATEST_VERSION } from '../../core/platform/db/migrations';
import { fixedClock, tempDir } from '../support/temp';
import { failed, ok, start } from '../support/harness';

const recovering: Services[] = [];
afterEach(() => {
  for (const s of recovering.splice(0)) s.close();
});

function openRecovering(dataDir: string): Services {
  const s = openServices({ dataDir, host: 'web', actor: '测试员', now: fixedClock(), recovery: true });
  recovering.push(s);
  return s;
}

const caseNumbers = (s: Services) =>
  ok(call(s, 'cases.list', {}))
    .map((c) => c.caseNumber)
    .sort();
const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Overwrites 64 bytes inside the root page of the cases table: integrity_check fails, the header stays. */
export function corruptCasesPage(file: string): void {
  const raw = new Database(file, { readonly: true });
  const root = raw.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'cases'").pluck().get() as number;
  const pageSize = raw.pragma('page_size', { simple: true }) as number;
  raw.close();
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(64, 0xab), 0, 64, (root - 1) * pageSize + 8);
  fs.closeSync(fd);
}

/** A data folder whose database holds `n` cases, with one manual backup taken after the first `kept`. */
function folderWithBackup(n: number, kept: number): { dir: string; backup: string } {
  const dir = tempDir();
  const s = openServices({ dataDir: dir, host: 'web', actor: '测试员', now: fixedClock() });
  for (let i = 1; i <= kept; i += 1) ok(call(s, 'cases.create', { caseNumber: `(2026)恢${i}号` }));
  const backup = ok(call(s, 'backup.create', {})).name;
  for (let i = kept + 1; i <= n; i += 1) ok(call(s, 'cases.create', { caseNumber: `(2026)恢${i}号` }));
  s.close();
  return { dir, backup };
}

describe('backup.create', () => {
  it('takes a manual backup now, listed with its kind and case count, never rotated away', async () => {
    const s = start();
    ok(call(s, 'cases.create', { caseNumber: '(2026)手1号' }));
    ok(call(s, 'cases.create', { caseNumber: '(2026)手2号' }));
    const made = ok(call(s, 'backup.create', {}));
    expect(made.name).toMatch(/^hearing-desk-\d{8}T\d{9}Z-manual\.sqlite$/);
    expect(made).toMatchObject({ kind: 'manual', cases: 2, schemaVersion: LATEST_VERSION, usable: true });
    expect(made.size).toBe(fs.statSync(path.join(s.dataDir, BACKUP_DIR_NAME, made.name)).size);
    // Twelve automatic ones: the ten newest automatic are kept, and the manual one as well.
    for (let i = 0; i < KEEP_BACKUPS + 2; i += 1) await s.backup();
    const listed = ok(call(s, 'backup.list', {}));
    expect(listed.filter((b) => b.kind === 'auto')).toHaveLength(KEEP_BACKUPS);
    expect(listed.filter((b) => b.kind === 'manual').map((b) => b.name)).toEqual([made.name]);
    expect(listed[0]).toMatchObject({ kind: 'auto', cases: 2, usable: true });
    // Each backup is one self-contained file with its manifest (the heads it was taken at): listing
    // them leaves no -wal/-shm beside them; a pruned backup takes its manifest with it.
    const files = fs.readdirSync(path.join(s.dataDir, BACKUP_DIR_NAME));
    expect(files.filter((f) => !f.endsWith('.sqlite') && !f.endsWith(MANIFEST_SUFFIX))).toEqual([]);
    expect(files.filter((f) => f.endsWith(MANIFEST_SUFFIX)).sort()).toEqual(
      files
        .filter((f) => f.endsWith('.sqlite'))
        .map((f) => `${f}${MANIFEST_SUFFIX}`)
        .sort(),
    );
  });
});

describe('backup.restore (normal mode)', () => {
  it('refuses a wrong confirmation word or an unknown name and changes nothing', () => {
    const { dir, backup } = folderWithBackup(3, 1);
    const s = start(dir);
    const before = ok(call(s, 'backup.list', {}));
    const wrong = failed(call(s, 'backup.restore', { name: backup, confirm: '确定' }));
    expect(wrong.code).toBe('VALIDATION_FAILED');
    expect(wrong.message_zh).toContain(`请输入「${RESTORE_WORD}」`);
    const unknown = failed(
      call(s, 'backup.restore', { name: 'hearing-desk-x.sqlite', confirm: RESTORE_WORD }),
    );
    expect(unknown.code).toBe('NOT_FOUND');
    const traversal = failed(
      call(s, 'backup.restore', { name: '../hearing-desk.sqlite', confirm: RESTORE_WORD }),
    );
    expect(traversal.code).toBe('NOT_FOUND');
    expect(caseNumbers(s)).toEqual(['(2026)恢1号', '(2026)恢2号', '(2026)恢3号']);
    expect(ok(call(s, 'backup.list', {}))).toEqual(before);
  });

  it('keeps a safety copy first, swaps the file, reopens it, records the restore and keeps working', () => {
    const { dir, backup } = folderWithBackup(3, 1);
    const s = start(dir);
    const restored = ok(call(s, 'backup.restore', { name: backup, confirm: RESTORE_WORD }));
    expect(restored).toMatchObject({ restored: backup, cases: 1, refusedCopy: null });
    expect(restored.safetyBackup).toMatch(/-pre-restore\.sqlite$/);
    expect(restored.audit.ok).toBe(true);
    expect(caseNumbers(s)).toEqual(['(2026)恢1号']);

    // The safety copy holds the three cases that were there a moment ago.
    const listed = ok(call(s, 'backup.list', {}));
    expect(listed.find((b) => b.name === restored.safetyBackup)).toMatchObject({
      kind: 'pre-restore',
      cases: 3,
      usable: true,
    });

    // The restore is the last row of the restored database's audit log, and the chain holds.
    const raw = new Database(s.dbFile, { readonly: true });
    const last = raw.prepare('SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1').get() as {
      entity: string;
      action: string;
      actor: string;
      before_json: string;
      after_json: string;
    };
    raw.close();
    expect(last).toMatchObject({ entity: 'database', action: 'update', actor: '测试员' });
    expect(JSON.parse(last.after_json)).toMatchObject({ restoredFrom: backup, cases: 1, host: 'web' });
    expect(JSON.parse(last.before_json)).toMatchObject({ cases: 3, safetyBackup: restored.safetyBackup });
    expect(ok(call(s, 'audit.verify', {}))).toMatchObject({ ok: true });

    // The services write to the new file through the new handle.
    ok(call(s, 'cases.create', { caseNumber: '(2026)恢后1号' }));
    expect(caseNumbers(s)).toEqual(['(2026)恢1号', '(2026)恢后1号']);

    // And the restore can be undone with the safety copy.
    ok(call(s, 'backup.restore', { name: restored.safetyBackup!, confirm: RESTORE_WORD }));
    expect(caseNumbers(s)).toEqual(['(2026)恢1号', '(2026)恢2号', '(2026)恢3号']);
    expect(ok(call(s, 'audit.verify', {})).ok).toBe(true);
  });

  it('a backup from an older version is migrated after the restore; the backup file itself is left as it was', () => {
    const dir = tempDir();
    const s = start(dir);
    const old = path.join(dir, BACKUP_DIR_NAME, 'hearing-desk-20250101T000000000Z-manual.sqlite');
    fs.mkdirSync(path.dirname(old), { recursive: true });
    const db = openDatabase(old, { migrateTo: 1 });
    db.prepare(
      "INSERT INTO cases (case_number, created_at, updated_at) VALUES ('(2025)旧1号', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')",
    ).run();
    db.pragma('journal_mode = DELETE');
    db.close();
    const bytes = sha(old);
    expect(ok(call(s, 'backup.list', {}))[0]).toMatchObject({ schemaVersion: 1, cases: 1, usable: true });
    ok(call(s, 'backup.restore', { name: path.basename(old), confirm: RESTORE_WORD }));
    expect(caseNumbers(s)).toEqual(['(2025)旧1号']);
    expect(ok(call(s, 'app.info', {})).schemaVersion).toBe(LATEST_VERSION);
    expect(sha(old)).toBe(bytes);
  });

  it('refuses a damaged backup before touching anything', () => {
    const { dir, backup } = folderWithBackup(2, 1);
    corruptCasesPage(path.join(dir, BACKUP_DIR_NAME, backup));
    const s = start(dir);
    const listedBefore = ok(call(s, 'backup.list', {}));
    const error = failed(call(s, 'backup.restore', { name: backup, confirm: RESTORE_WORD }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message_zh).toContain('该备份无法恢复');
    expect(error.message_zh).toContain('当前数据未作任何修改');
    expect(caseNumbers(s)).toEqual(['(2026)恢1号', '(2026)恢2号']);
    expect(ok(call(s, 'backup.list', {}))).toEqual(listedBefore);
  });

  it('waits for nobody: a restore while an automatic backup runs is refused', async () => {
    const { dir, backup } = folderWithBackup(2, 1);
    const s = start(dir);
    const running = s.backup();
    const error = failed(call(s, 'backup.restore', { name: backup, confirm: RESTORE_WORD }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message_zh).toContain('正在进行自动备份');
    await running;
    expect(ok(call(s, 'backup.restore', { name: backup, confirm: RESTORE_WORD })).cases).toBe(1);
  });
});

describe('a refused database: recovery mode', () => {
  it('without the recovery option the services still refuse to open (CLI, tests)', () => {
    const { dir } = folderWithBackup(2, 1);
    corruptCasesPage(path.join(dir, 'hearing-desk.sqlite'));
    expect(() => openServices({ dataDir: dir, host: 'web' })).toThrow(
      expect.objectContaining({ code: 'DB_CORRUPT' }),
    );
  });

  it('a damaged file is left byte for byte, only the backup methods answer, and a restore brings it back', () => {
    const { dir, backup } = folderWithBackup(3, 2);
    const file = path.join(dir, 'hearing-desk.sqlite');
    corruptCasesPage(file);
    const damaged = sha(file);
    const s = openRecovering(dir);
    expect(s.recovery?.code).toBe('DB_CORRUPT');
    expect(s.recovery?.message_zh).toContain('数据库文件已损坏');
    expect(s.recovery!.message_zh.length).toBeLessThan(600);
    const status = ok(call(s, 'backup.status', {}));
    expect(status).toMatchObject({
      mode: 'recovery',
      problem: { code: 'DB_CORRUPT' },
      latestVersion: LATEST_VERSION,
    });
    const refused = failed(call(s, 'cases.list', {}));
    expect(refused.code).toBe('DB_UNAVAILABLE');
    expect(refused.message_zh).toContain('恢复模式');
    expect(failed(call(s, 'backup.create', {})).code).toBe('DB_UNAVAILABLE');
    expect(failed(call(s, 'backup.restore', { name: 1 } as never)).code).toBe('VALIDATION_FAILED');
    expect(ok(call(s, 'backup.list', {})).map((b) => b.name)).toEqual([backup]);
    expect(sha(file)).toBe(damaged);

    const restored = ok(call(s, 'backup.restore', { name: backup, confirm: RESTORE_WORD }));
    expect(restored).toMatchObject({ restored: backup, cases: 2, safetyBackup: null });
    // The refused file is kept as it was, under refused/<time>/.
    expect(restored.refusedCopy).toMatch(/^refused[/\\]\d{8}T\d{9}Z$/);
    expect(sha(path.join(dir, restored.refusedCopy!, 'hearing-desk.sqlite'))).toBe(damaged);
    expect(s.recovery).toBeNull();
    expect(ok(call(s, 'backup.status', {}))).toMatchObject({ mode: 'normal', problem: null });
    expect(caseNumbers(s)).toEqual(['(2026)恢1号', '(2026)恢2号']);
    expect(ok(call(s, 'audit.verify', {})).ok).toBe(true);
    ok(call(s, 'cases.create', { caseNumber: '(2026)恢后1号' }));
  });

  it('a database from a newer program (user_version above ours) is refused, never migrated or changed', () => {
    const { dir, backup } = folderWithBackup(2, 1);
    const file = path.join(dir, 'hearing-desk.sqlite');
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const newer = sha(file);
    const s = openRecovering(dir);
    expect(s.recovery?.code).toBe('DB_TOO_NEW');
    expect(s.recovery?.message_zh).toContain(`数据库版本（${LATEST_VERSION + 1}）高于本程序支持的版本`);
    expect(failed(call(s, 'payments.list', { caseId: 1 })).code).toBe('DB_UNAVAILABLE');
    s.close();
    expect(sha(file)).toBe(newer);
    // beside it only the workstation key and the head file of its earlier life (core/platform/db/seal.ts)
    expect(fs.readdirSync(dir).sort()).toEqual([
      BACKUP_DIR_NAME,
      'hearing-desk.sqlite',
      'hearing-desk.sqlite.head',
      'hearing-desk.sqlite.key',
    ]);

    const again = openRecovering(dir);
    const restored = ok(call(again, 'backup.restore', { name: backup, confirm: RESTORE_WORD }));
    expect(restored.cases).toBe(1);
    expect(sha(path.join(dir, restored.refusedCopy!, 'hearing-desk.sqlite'))).toBe(newer);
    expect(caseNumbers(again)).toEqual(['(2026)恢1号']);
  });
});
