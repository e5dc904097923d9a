import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import type { HearingView } from '../../core/features/hearings/model';
import { itemsCsv, makePng } from '../support/petition-media';
import { expect, test } from './fixtures';
import { callApi, type RunningHost } from './host';
import { HearingPage } from './pages/HearingPage';
import { PresenterPage } from './pages/PresenterPage';
import { SigningPage } from './pages/SigningPage';

/** The API as the renderer calls it (token header); fails the test on an error envelope. */
async function api<T>(host: RunningHost, name: string, input: unknown): Promise<T> {
  const reply = await callApi<T>(host, name, input);
  if (!reply.ok) throw new Error(`${name}: ${reply.error.message_zh}`);
  return reply.value;
}

/** A real 2-second WebM clip, recorded from a canvas by Chromium's own MediaRecorder. */
async function recordWebm(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 160;
    canvas.height = 120;
    const g = canvas.getContext('2d')!;
    let frame = 0;
    const draw = () => {
      g.fillStyle = `hsl(${(frame * 12) % 360}, 80%, 50%)`;
      g.fillRect(0, 0, 160, 120);
      g.fillStyle = '#fff';
      g.fillRect((frame * 4) % 160, 50, 20, 20);
      frame++;
    };
    draw();
    const recorder = new MediaRecorder(canvas.captureStream(25), { mimeType: 'video/webm;codecs=vp8' });
    const chunks: Blob[] = [];
    recorder.ondataavailable = (e) => chunks.push(e.data);
    const timer = setInterval(draw, 40);
    const stopped = new Promise((resolve) => (recorder.onstop = resolve));
    recorder.start(250);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    recorder.stop();
    await stopped;
    clearInterval(timer);
    const bytes = new Uint8Array(await new Blob(chunks, { type: 'video/webm' }).arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000)
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  });
  return Buffer.from(base64, 'base64');
}

const COLOURS: [number, number, number][] = [
  [200, 40, 40],
  [40, 160, 60],
  [40, 80, 200],
  [200, 160, 30],
];

test('a public petition hearing: panel of three, 12 items with photos and a video, walked on the wall, two objections', async ({
  page,
  context,
  host,
}) => {
  test.setTimeout(180_000);
  const c = await api<{ id: number }>(host.current, 'cases.create', {
    caseNumber: '(2024)黑1084执12号',
    court: '示例市第一人民法院',
  });

  // From the case page: 「听证」 → 「新建听证」.
  await page.goto(`${host.current.url}#/case/${c.id}`);
  const hearing = new HearingPage(page);
  const root = hearing.root;
  const hearingId = await hearing.createFromCase();

  // Setup: details, the petitioner, a panel of three, the court.
  await hearing.setup({ title: '王某涉执信访听证', date: '2026-03-02', place: '本院第一听证室' });
  await hearing.addAttendee('petitioner', '王某');
  await hearing.addAttendee('panel', '张代表', '人大代表');
  await hearing.addAttendee('panel', '刘委员', '政协委员');
  await hearing.addAttendee('panel', '陈律师', '律师');
  await hearing.addAttendee('presiding', '李审判长');
  await hearing.addAttendee('clerk', '赵书记员');
  await expect(hearing.attendees('panel')).toHaveCount(3);

  // The list: a bad file first (row-level errors, nothing saved), then the real 12 items.
  await hearing.chooseItems({
    name: '错误清单.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('物品名称,数量,执行措施\n冰箱,两台,扣押\n'),
  });
  await expect(hearing.importRows).toHaveCount(1);
  await expect(hearing.importRows).toContainText('数量「两台」不是有效数字');
  await expect(hearing.importConfirm).toHaveCount(0);
  await expect(hearing.items).toHaveCount(0);
  await hearing.chooseItems({
    name: '执行物品清单.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(itemsCsv(12)),
  });
  await expect(hearing.importRows).toHaveCount(12);
  await hearing.importConfirm.click();
  await expect(hearing.items).toHaveCount(12);

  // A photo per item, through the operator's file picker.
  for (let i = 0; i < 12; i++) {
    await hearing.selectItem(i);
    await expect(hearing.itemTitle).toHaveText(`物品${i + 1}`);
    await hearing.attach({
      name: `现场照片${i + 1}.png`,
      mimeType: 'image/png',
      buffer: makePng(160 + i * 8, 120, COLOURS[i % COLOURS.length]!),
    });
    await expect(hearing.attachments).toHaveCount(1);
  }
  // Item 12 also has the on-site video; a text file named .jpg is refused with the reason.
  await hearing.attach({
    name: 'photo.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.from('root:x:0:0:root:/root:/bin/bash\n'),
  });
  await expect(hearing.attachmentError).toHaveText(
    '无法识别的文件类型：只能添加 JPEG/PNG/WebP 照片、PDF 扫描件或 MP4/WebM 视频（按文件内容判断，与扩展名无关）',
  );
  const webm = await recordWebm(page);
  expect(webm.subarray(0, 4).equals(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]))).toBe(true);
  await hearing.attach({ name: '现场视频.webm', mimeType: 'video/webm', buffer: webm });
  await expect(hearing.attachments).toHaveCount(2);
  // A name that is a path is only a label: stored under its digest, shown as 「passwd」.
  const items = (await api<HearingView>(host.current, 'hearings.get', { hearingId })).items;
  const traversal = await api<HearingView>(host.current, 'hearings.addAttachment', {
    itemId: items[10]!.id,
    fileName: '../../etc/passwd',
    base64: makePng(20, 20, [0, 0, 0]).toString('base64'),
  });
  const stored = traversal.items[10]!.attachments.at(-1)!;
  expect(stored.label).toBe('passwd');
  expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);

  // Start; the wall opens black, then shows what the operator puts on it.
  await hearing.selectItem(0);
  await hearing.start();
  const wallPage = await context.newPage();
  await wallPage.setViewportSize({ width: 1600, height: 900 });
  const screen = new PresenterPage(wallPage);
  await screen.open(host.current);
  const wall = screen.root;
  await screen.expectBlank();
  await hearing.present();
  const wallHearing = screen.hearing;
  await expect(wallHearing).toHaveAttribute('data-index', '0');

  // S walks the stages to 出示证据/物品清单.
  await hearing.walkStages(['statement', 'explanation', 'evidence']);
  await expect(wallHearing).toHaveAttribute('data-stage', 'evidence');

  // Item 1: a circle drawn on the photo shows on the wall.
  await hearing.circle();
  await expect(screen.photo.locator('[data-testid="annotation"][data-kind="circle"]')).toHaveCount(1);

  if (process.env.HD_PETITION_SHOTS) await wallPage.screenshot({ path: '/tmp/petition-wall-photo.png' });
  // Walk every item: the explanation, the response (objections on items 3 and 7), the wall follows.
  const objections: Record<number, string> = {
    3: '该物品系我个人所有，扣押前未通知我',
    7: '拍卖价格明显过低',
  };
  for (let n = 1; n <= 12; n++) {
    if (n > 1) {
      await hearing.next();
      await expect(root).toHaveAttribute('data-cursor', String(n - 1));
    }
    await expect(wallHearing).toHaveAttribute('data-index', String(n - 1));
    await expect(screen.itemName).toHaveText(`${n}. 物品${n}`);
    await expect
      .poll(() => screen.photo.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBe(160 + (n - 1) * 8);
    await hearing.explain(`第 ${n} 项已依法处置，依据见清单`);
    await expect(hearing.explanations).toHaveCount(1);
    await hearing.unfocus();
    if (objections[n]) {
      await hearing.object(objections[n]!);
      await expect(hearing.itemStatus).toHaveText('有异议');
      await expect(screen.itemStatus).toHaveText('有异议');
    } else {
      await hearing.accept();
      await expect(hearing.itemStatus).toHaveText('无异议');
    }
    if (n === 7) {
      await hearing.ask('评估机构是如何选定的？');
      await expect(hearing.questions).toHaveCount(1);
    }
    await hearing.unfocus();
  }

  // Item 12's video on the wall, played and paused from the operator's side.
  await hearing.showAttachment('video');
  const wallVideo = screen.video;
  await expect(wallVideo).toBeVisible();
  await hearing.video('play');
  await expect(wallVideo).toHaveAttribute('data-playing', 'true');
  await expect.poll(() => wallVideo.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThan(0.2);
  if (process.env.HD_PETITION_SHOTS) {
    await page.screenshot({ path: '/tmp/petition-operator.png', fullPage: true });
    await wallPage.screenshot({ path: '/tmp/petition-wall.png' });
  }
  await hearing.video('pause');
  await expect(wallVideo).toHaveAttribute('data-playing', 'false');
  // P takes the wall to black and back.
  await hearing.unfocus();
  await page.keyboard.press('p');
  await expect(wall).toHaveAttribute('data-blank', 'true');
  // The operator's screen knows the wall is black (the button to blank it is gone) before P again.
  await expect(hearing.blankButton).toHaveCount(0);
  await page.keyboard.press('p');
  await expect(screen.itemName).toHaveText('12. 物品12');

  // To the conclusion, then finish: AWAITING_SIGNATURES.
  await hearing.walkStages(['questioning', 'deliberation', 'conclusion']);
  await expect(hearing.summary('objected')).toHaveText('有异议 2 项（价值 10001.00 元）');
  await hearing.conclude('执行行为符合法律规定；第 3、7 项异议另行审查。');
  await hearing.finish();
  await hearing.expectState('AWAITING_SIGNATURES');
  await expect(hearing.state).toHaveText('待签名');

  // The record, through the API.
  const record = await api<HearingView>(host.current, 'hearings.get', { hearingId });
  expect(record.state).toBe('AWAITING_SIGNATURES');
  expect(record.attendees.filter((a) => a.kind === 'panel').map((a) => a.panelRole)).toEqual([
    '人大代表',
    '政协委员',
    '律师',
  ]);
  expect(record.items).toHaveLength(12);
  expect(record.items.map((i) => i.status)).toEqual(
    Array.from({ length: 12 }, (_, i) => (i === 2 || i === 6 ? 'objected' : 'accepted')),
  );
  expect(record.summary.objected.map((o) => [o.position, o.statements])).toEqual([
    [3, [objections[3]]],
    [7, [objections[7]]],
  ]);
  expect(record.items.every((i) => i.explanations.length === 1)).toBe(true);
  expect(record.items[6]!.questions.map((q) => [q.asker, q.question])).toEqual([
    ['张代表', '评估机构是如何选定的？'],
  ]);
  expect(record.items[0]!.attachments[0]!.annotations).toHaveLength(1);
  expect(record.items[0]!.attachments[0]!.annotations[0]!.kind).toBe('circle');
  expect(record.items[11]!.attachments.map((a) => [a.kind, a.mime])).toEqual([
    ['photo', 'image/png'],
    ['video', 'video/webm'],
  ]);
  expect(record.conclusion).toBe('执行行为符合法律规定；第 3、7 项异议另行审查。');
  // Values 3000.50 + 7000.50 objected; the other ten accepted: 78006.00 − 10001.00.
  expect(record.summary.values).toEqual({ accepted: '68005.00', objected: '10001.00', open: '0.00' });

  // The record survives a restart: the final minutes stay refused until SIGNED.
  const restarted = await host.restart();
  const after = await api<HearingView>(restarted, 'hearings.get', { hearingId });
  expect([after.state, after.stage, after.items.length]).toEqual(['AWAITING_SIGNATURES', 'conclusion', 12]);
  const final = await callApi(restarted, 'hearings.minutes', { hearingId, final: true });
  expect(final.ok).toBe(false);

  // Signing: from the hearing page to the signing page; court order, one panel member refuses with a
  // reason, the last signature locks the hearing and makes it 已签名.
  await page.goto(`${restarted.url}#/case/${c.id}/hearing/${hearingId}`);
  await hearing.openSigning();
  const signing = new SigningPage(page);
  const signers = signing.signers;
  await expect(signers).toHaveCount(6);
  await expect(signers.nth(0)).toContainText('申请人 王某');
  await expect(signers.nth(1)).toContainText('听证员 张代表');
  await expect(signers.nth(4)).toContainText('审判长/主持人 李审判长');
  await expect(signers.nth(5)).toContainText('书记员 赵书记员');
  for (let i = 0; i < 6; i++) {
    await expect(signing.current).toHaveAttribute(
      'data-key',
      (await signers.nth(i).getAttribute('data-key'))!,
    );
    if (i === 2) await signing.refuse(i, '对第 3 项的评议意见未记全');
    else await signing.sign(i);
  }
  await signing.expectLocked();
  await expect(page.getByTestId('hearing-signing')).toHaveAttribute('data-state', 'SIGNED');
  const signedRecord = await api<HearingView>(restarted, 'hearings.get', { hearingId });
  expect(signedRecord.state).toBe('SIGNED');
  const locked = await callApi(restarted, 'hearings.conclude', { hearingId, conclusion: '改' });
  expect(locked.ok ? null : locked.error.code).toBe('LOCKED');

  // The final 听证笔录: signed PDF, the refusal and its reason printed, numbers masked by default.
  const downloading = page.waitForEvent('download');
  await page.getByTestId('hearing-signing-export').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('(2024)黑1084执12号 听证笔录.pdf');
  const file = test.info().outputPath('hearing-minutes.pdf');
  await download.saveAs(file);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    '',
  );
  expect(text).toContain('听证笔录');
  expect(text).toContain('刘委员拒绝签名');
  expect(text).toContain('理由：对第3项的评议意见未记全');
  expect(text).not.toContain('草稿');
  await expect(page.getByTestId('hearing-signing-exported')).toContainText('身份证号、电话已遮蔽');
});
