import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { apiValue } from './api';
import { expect, test } from './fixtures';
import { BackupsPage } from './pages/BackupsPage';
import { CaseListPage } from './pages/CaseListPage';
import { IntegrityBanner } from './pages/IntegrityBanner';

/** Manual backup and restore from the UI, and the recovery screen for a refused database. */

/** HD_SCREENSHOT_DIR=/tmp writes backups-restore.png and backups-recovery.png for a visual check. */
const shotDir = process.env.HD_SCREENSHOT_DIR;

test('a manual backup, then a restore behind a Chinese confirmation: later cases are gone, the safety copy is listed', async ({
  page,
  host,
}) => {
  await apiValue(host, 'cases.create', { caseNumber: '(2026)备份1号' });
  const list = new CaseListPage(page);
  await list.open(host.current.url);
  const backups = new BackupsPage(page);
  await backups.openFromNav();
  // The backup taken at start is listed.
  await expect(backups.rows).toHaveCount(1);

  await backups.create();
  await expect(backups.notice).toContainText('已完成手动备份');
  const manual = backups.row('manual');
  await expect(manual).toHaveCount(1);
  await expect(backups.cases(manual)).toHaveText('1');
  await expect(manual).toContainText('手动');

  // A case entered after the backup.
  await apiValue(host, 'cases.create', { caseNumber: '(2026)备份2号' });

  await backups.startRestore(manual);
  const dialog = backups.dialog;
  await expect(dialog).toContainText('1 个案件');
  await expect(dialog).toContainText('恢复前备份');
  await expect(dialog).toContainText('该备份之后录入或修改的内容');
  const confirm = backups.confirm;
  await expect(confirm).toBeDisabled();
  // Esc cancels; nothing happens.
  await backups.word.press('Escape');
  await expect(dialog).toBeHidden();
  await backups.startRestore(manual);
  await backups.word.fill('确定');
  await expect(confirm).toBeDisabled();
  await backups.word.fill('恢复');
  await expect(confirm).toBeEnabled();
  if (shotDir) await page.screenshot({ path: path.join(shotDir, 'backups-restore.png'), fullPage: true });
  await backups.word.press('Enter');

  const done = backups.restored;
  await expect(done).toContainText('共 1 个案件');
  await expect(done).toContainText('审计链完好');
  await expect(done).toContainText('-pre-restore.sqlite');
  const safety = backups.row('pre-restore');
  await expect(backups.cases(safety)).toHaveText('2');
  await expect(safety).toContainText('恢复前备份');

  await backups.toCases();
  await expect(list.root).toBeVisible();
  await expect(list.rows).toHaveCount(1);
  await expect(list.rows.first()).toContainText('(2026)备份1号');
  const audit = await apiValue(host, 'audit.verify', {});
  expect(audit.ok).toBe(true);
});

test('a damaged database: the app opens on the recovery screen, says why, and a restore brings the cases back', async ({
  page,
  host,
}) => {
  await apiValue(host, 'cases.create', { caseNumber: '(2026)救援1号' });
  await apiValue(host, 'backup.create', {});
  await host.current.stop();
  const file = path.join(host.dataDir, 'hearing-desk.sqlite');
  const raw = new Database(file, { readonly: true });
  const root = raw.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'cases'").pluck().get() as number;
  const pageSize = raw.pragma('page_size', { simple: true }) as number;
  raw.close();
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(64, 0xab), 0, 64, (root - 1) * pageSize + 8);
  fs.closeSync(fd);
  await host.restart();

  await page.goto(host.current.url);
  const backups = new BackupsPage(page);
  const problem = backups.problem;
  await expect(problem).toContainText('已进入恢复模式');
  await expect(problem).toContainText('数据库文件已损坏');
  await expect(problem).toContainText('原数据库文件未作任何修改');
  await expect(backups.createButton).toHaveCount(0);
  if (shotDir) await page.screenshot({ path: path.join(shotDir, 'backups-recovery.png'), fullPage: true });
  await backups.startRestore(backups.row('manual'));
  await expect(backups.dialog).toContainText('refused');
  await backups.word.fill('恢复');
  await backups.confirm.click();
  await expect(backups.restored).toContainText('未能打开的原数据库已原样保存');
  await backups.toCases();
  const list = new CaseListPage(page);
  await expect(list.rows).toHaveCount(1);
  await expect(list.rows.first()).toContainText('(2026)救援1号');
});

test('a payment changed with a database browser while the app was closed: a banner on every page until a named person acknowledges it', async ({
  page,
  host,
}) => {
  const c = (await apiValue(host, 'cases.create', { caseNumber: '(2026)篡改1号' })) as { id: number };
  await apiValue(host, 'payments.add', { caseId: c.id, date: '2024-01-05', amount: '500.00' });
  await host.current.stop();
  const raw = new Database(path.join(host.dataDir, 'hearing-desk.sqlite'));
  raw.exec('UPDATE payments SET amount_fen = 1 WHERE id = 1');
  raw.close();
  await host.restart();

  const list = new CaseListPage(page);
  await list.open(host.current.url);
  const banner = new IntegrityBanner(page);
  await expect(banner.root).toContainText('数据库在本软件之外被改动过');
  await expect(banner.findings.first()).toContainText('付款 1 的“金额（分）”：日志记为 50000，库中为 1');
  // on another page as well
  const backups = new BackupsPage(page);
  await backups.openFromNav();
  await expect(banner.root).toBeVisible();
  // a name is required
  await banner.acknowledge.click();
  await expect(banner.root).toContainText('请填写确认人姓名');
  await banner.acknowledgeAs('张法官', '已知悉，另案调查');
  await expect(banner.root).toBeHidden();
  await page.reload();
  await expect(backups.root).toBeVisible();
  await expect(banner.root).toHaveCount(0);
  const audit = (await apiValue(host, 'audit.verify', {})) as { ok: boolean };
  expect(audit.ok).toBe(true);
});
