import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { markHearingSigned } from '../../core/features/hearings/handlers/hearings';
import { call, DB_FILE_NAME, type Services } from '../../core/platform/api/services';
import { transaction } from '../../core/platform/db/handle';
import { openDatabase } from '../../core/platform/db/open';
import type { HearingWallPayload } from '../../core/features/hearings/model';
import { attachmentPath, resolveAttachmentRequest } from '../../core/platform/files/attachments';
import { itemsCsv, makePng, webmHeader } from '../support/petition-media';
import { tempDir } from '../support/temp';
import { failed, ok, start } from '../support/harness';

const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64');

function setup(s: Services) {
  const c = ok(call(s, 'cases.create', { caseNumber: '(2024)黑1084执12号', court: '示例市第一人民法院' }));
  const h = ok(
    call(s, 'hearings.create', {
      caseId: c.id,
      type: '涉执信访听证',
      title: '王某信访听证',
      date: '2026-03-02',
      place: '本院第一听证室',
      isPublic: true,
    }),
  );
  const add = (kind: string, name: string, panelRole: string | null = null) =>
    ok(
      call(s, 'hearings.addAttendee', {
        hearingId: h.id,
        kind: kind as 'panel',
        name,
        panelRole: panelRole as '律师',
      }),
    );
  add('petitioner', '王某（电话 13912345678）');
  add('panel', '张代表', '人大代表');
  add('panel', '刘委员', '政协委员');
  add('panel', '陈律师', '律师');
  add('presiding', '李审判长');
  return { caseId: c.id, hearingId: h.id, add };
}

function auditCount(s: Services, entityLike: string): number {
  const db = new Database(s.dbFile, { readonly: true });
  try {
    return (
      db.prepare('SELECT count(*) AS n FROM audit_log WHERE entity LIKE ?').get(entityLike) as { n: number }
    ).n;
  } finally {
    db.close();
  }
}

describe('petition hearing through the API, on a real SQLite file', () => {
  it('sets up, imports a list only on confirm, and refuses a list with a bad row as a whole', () => {
    const s = start();
    const { hearingId, add } = setup(s);
    // Start is refused until a clerk is registered: the state machine's message in Chinese.
    const refused = failed(call(s, 'hearings.start', { hearingId }));
    expect(refused).toMatchObject({ code: 'CONFLICT', message_zh: '开始听证前须登记书记员' });
    add('clerk', '赵书记员');

    // A GBK file with one bad row: the preview shows the row's problems; confirm saves nothing.
    const gbk = iconv.encode(
      '物品名称,数量,单位,执行措施,价值\r\n冰箱,1,台,扣押,1200\r\n钢材,两吨,吨,熔化,12.345\r\n',
      'gbk',
    );
    const preview = ok(
      call(s, 'hearings.importPreview', { hearingId, fileName: '清单.csv', base64: b64(gbk) }),
    );
    expect(preview.encoding).toBe('gb18030');
    expect(preview.okCount).toBe(1);
    expect(preview.rows[1]!.row).toBe(3);
    expect(preview.rows[1]!.errors.map((e) => e.zh)).toEqual([
      '数量「两吨」不是有效数字（最多四位小数，不带单位）',
      '执行措施「熔化」不在查封、扣押、拍卖、变卖、发还、抵债、其他之中',
      '价值「12.345」超过两位小数（到分）',
    ]);
    const bad = failed(
      call(s, 'hearings.importConfirm', { hearingId, fileName: '清单.csv', base64: b64(gbk) }),
    );
    expect(bad.code).toBe('IMPORT_INVALID');
    expect(bad.message_zh).toMatch(/^第 3 行：数量「两吨」/);
    expect(ok(call(s, 'hearings.get', { hearingId })).items).toEqual([]);

    const view = ok(
      call(s, 'hearings.importConfirm', { hearingId, fileName: '../清单.csv', base64: b64(itemsCsv()) }),
    );
    expect(view.items).toHaveLength(12);
    expect(view.items[2]!.fields).toEqual({
      name: '物品3',
      quantity: '2.5',
      unit: '吨',
      measure: '变卖',
      location: '法院仓库3号',
      basis: '《民事诉讼法》第二百五十二条',
      documentNo: '(2024)黑1084执12号之3',
      value: '3000.50',
      note: '',
    });
    // 1000.50 + 2000.50 + ... + 12000.50 = 78000 + 12 × 0.50
    expect(view.summary.values.open).toBe('78006.00');
    expect(view.attendees.map((a) => [a.kind, a.panelRole])).toEqual([
      ['petitioner', null],
      ['panel', '人大代表'],
      ['panel', '政协委员'],
      ['panel', '律师'],
      ['presiding', null],
      ['clerk', null],
    ]);
    // A panel member needs a panel role.
    expect(failed(call(s, 'hearings.addAttendee', { hearingId, kind: 'panel', name: '某' })).message_zh).toBe(
      '听证员身份：此项必填',
    );
    // Money at rest in fen.
    const db = new Database(s.dbFile, { readonly: true });
    expect(db.prepare('SELECT value_fen FROM petition_items WHERE position = 3').pluck().get()).toBe(300050);
    db.close();
  });

  it('stores attachments by digest, types them by their bytes, never uses the name as a path', () => {
    const s = start();
    const { hearingId } = setup(s);
    let view = ok(
      call(s, 'hearings.addItem', {
        hearingId,
        name: '小型轿车',
        quantity: '1',
        unit: '辆',
        measure: '扣押',
        value: '85000.00',
      }),
    );
    const itemId = view.items[0]!.id;
    const png = makePng(40, 30, [200, 40, 40]);
    view = ok(call(s, 'hearings.addAttachment', { itemId, fileName: '../../etc/passwd', base64: b64(png) }));
    const att = view.items[0]!.attachments[0]!;
    expect(att).toMatchObject({ label: 'passwd', kind: 'photo', mime: 'image/png', size: png.length });
    const file = attachmentPath(s.dataDir, att.sha256)!;
    expect(file).toBe(path.join(s.dataDir, 'attachments', att.sha256.slice(0, 2), att.sha256));
    expect(fs.readFileSync(file).equals(png)).toBe(true);
    expect(fs.existsSync(path.resolve(s.dataDir, '../../etc/passwd.png'))).toBe(false);

    // Wrong extension: a PNG named .pdf is a photo; text named .jpg is refused with the reason.
    view = ok(
      call(s, 'hearings.addAttachment', {
        itemId,
        fileName: '扫描件\u0007.pdf',
        base64: b64(makePng(8, 8, [0, 0, 255])),
      }),
    );
    expect(view.items[0]!.attachments[1]).toMatchObject({
      label: '扫描件.pdf',
      kind: 'photo',
      mime: 'image/png',
    });
    const wrong = failed(
      call(s, 'hearings.addAttachment', { itemId, fileName: 'photo.jpg', base64: b64('not an image') }),
    );
    expect(wrong.message_zh).toBe(
      '无法识别的文件类型：只能添加 JPEG/PNG/WebP 照片、PDF 扫描件或 MP4/WebM 视频（按文件内容判断，与扩展名无关）',
    );
    const big = failed(
      call(s, 'hearings.addAttachment', {
        itemId,
        fileName: 'big.png',
        base64: b64(Buffer.concat([png, Buffer.alloc(20 * 1024 * 1024)])),
      }),
    );
    expect(big.message_zh).toBe('附件超过 20 MB，请压缩或分段后再添加');
    view = ok(
      call(s, 'hearings.addAttachment', { itemId, fileName: '现场.webm', base64: b64(webmHeader()) }),
    );
    expect(view.items[0]!.attachments.map((a) => a.kind)).toEqual(['photo', 'photo', 'video']);

    // The base64 read path returns the same bytes.
    const data = ok(call(s, 'hearings.attachmentData', { attachmentId: att.id }));
    expect(Buffer.from(data.base64, 'base64').equals(png)).toBe(true);

    // The shared host logic: registered digests only, Range for <video>.
    const mimeOf = (sha: string) => view.items[0]!.attachments.find((a) => a.sha256 === sha)?.mime ?? null;
    const whole = resolveAttachmentRequest(s.dataDir, att.sha256, null, mimeOf);
    expect(whole.status).toBe(200);
    expect(whole.headers['Content-Length']).toBe(String(png.length));
    const part = resolveAttachmentRequest(s.dataDir, att.sha256, 'bytes=10-19', mimeOf);
    expect(part).toMatchObject({ status: 206, file: { start: 10, end: 19 } });
    expect(part.headers['Content-Range']).toBe(`bytes 10-19/${png.length}`);
    expect(resolveAttachmentRequest(s.dataDir, att.sha256, `bytes=${png.length}-`, mimeOf).status).toBe(416);
    expect(resolveAttachmentRequest(s.dataDir, '../../etc/passwd', null, () => 'x').status).toBe(404);
    expect(resolveAttachmentRequest(s.dataDir, 'a'.repeat(64), null, mimeOf).status).toBe(404);

    // Annotations only on photos, coordinates within the photo.
    const note = { kind: 'note' as const, x: 0.5, y: 0.1, text: '车牌', colour: '#d32f2f' };
    expect(
      failed(call(s, 'hearings.annotate', { attachmentId: att.id, annotations: [{ ...note, x: 1.5 }] }))
        .message_zh,
    ).toBe('标注位置：应在图片范围内（0 至 1）');
    const video = view.items[0]!.attachments[2]!;
    expect(
      failed(call(s, 'hearings.annotate', { attachmentId: video.id, annotations: [note] })).message_zh,
    ).toBe('只能在照片上标注');
    view = ok(call(s, 'hearings.annotate', { attachmentId: att.id, annotations: [note] }));
    expect(view.items[0]!.attachments[0]!.annotations).toEqual([{ ...note, x2: null, y2: null }]);
    expect(auditCount(s, 'hearingAttachment')).toBe(4);
  });

  it('walks a hearing, survives a restart mid-hearing, finishes, and puts a masked item on the wall', () => {
    const dataDir = tempDir();
    let s = start(dataDir);
    const { hearingId, add } = setup(s);
    add('clerk', '赵书记员');
    ok(call(s, 'hearings.importConfirm', { hearingId, fileName: '清单.csv', base64: b64(itemsCsv(3)) }));
    let view = ok(call(s, 'hearings.start', { hearingId }));
    expect(view.state).toBe('IN_SESSION');
    view = ok(call(s, 'hearings.stage', { hearingId, stage: 'evidence' }));
    const [i1, i2, i3] = view.items.map((i) => i.id) as [number, number, number];
    ok(call(s, 'hearings.explain', { itemId: i1, text: '该物品经评估后依法拍卖，价款已入执行款专户' }));
    ok(call(s, 'hearings.respond', { itemId: i1, stance: 'accepts', statement: '' }));
    ok(call(s, 'hearings.move', { hearingId, cursor: 1 }));
    const noStatement = failed(
      call(s, 'hearings.respond', { itemId: i2, stance: 'objects', statement: ' ' }),
    );
    expect(noStatement.message_zh).toBe('申请人有异议时，请记录其异议的内容');
    ok(
      call(s, 'hearings.respond', {
        itemId: i2,
        stance: 'objects',
        statement: '该物品系我个人财产，不应扣押',
      }),
    );
    view = ok(call(s, 'hearings.ask', { itemId: i2, asker: '张代表', question: '扣押时是否有见证人？' }));
    const questionId = view.items[1]!.questions[0]!.id;

    // The host goes down mid-hearing; a new one on the same folder resumes exactly here.
    s.close();
    s = start(dataDir);
    view = ok(call(s, 'hearings.get', { hearingId }));
    expect([view.state, view.stage, view.cursor]).toEqual(['IN_SESSION', 'evidence', 1]);
    expect(view.items.map((i) => i.status)).toEqual(['accepted', 'objected', 'open']);
    expect(view.summary.openQuestions).toEqual([
      { itemId: i2, position: 2, name: '物品2', asker: '张代表', question: '扣押时是否有见证人？' },
    ]);

    view = ok(
      call(s, 'hearings.answer', { questionId, answerer: '李审判长', answer: '有，村委会两名干部在场' }),
    );
    expect(view.items[1]!.questions[0]).toMatchObject({
      answer: '有，村委会两名干部在场',
      answeredAt: expect.any(String),
    });
    expect(view.summary.objected).toEqual([
      { itemId: i2, position: 2, name: '物品2', statements: ['该物品系我个人财产，不应扣押'] },
    ]);

    // The wall: the current item, its phone number masked, the photo digest intact.
    const shown: { view: string; payload: unknown }[] = [];
    s.subscribe('presenter.show', (p) => shown.push(p));
    ok(
      call(s, 'hearings.updateItem', {
        itemId: i2,
        name: '手机（号码13912345678）',
        quantity: '1',
        measure: '扣押',
      }),
    );
    const png = makePng(10, 10, [10, 200, 10]);
    view = ok(call(s, 'hearings.addAttachment', { itemId: i2, fileName: 'a.png', base64: b64(png) }));
    const sha = view.items[1]!.attachments[0]!.sha256;
    ok(call(s, 'hearings.present', { hearingId }));
    const payload = shown.at(-1)!.payload as HearingWallPayload;
    expect(shown.at(-1)!.view).toBe('hearing');
    expect(payload.item?.fields.name).toBe('手机（号码139****5678）');
    expect(payload.media).toMatchObject({ sha256: sha, kind: 'photo' });
    expect([payload.index, payload.count, payload.stage]).toEqual([1, 3, 'evidence']);
    expect(payload.counts).toEqual({ accepted: 1, objected: 1, open: 1 });

    // Finishing: at the conclusion stage, with a conclusion.
    expect(failed(call(s, 'hearings.finish', { hearingId })).message_zh).toBe(
      '须进行到「结论」阶段才能结束听证（当前为「出示证据/物品清单」）',
    );
    ok(call(s, 'hearings.stage', { hearingId, stage: 'conclusion' }));
    expect(failed(call(s, 'hearings.finish', { hearingId })).message_zh).toBe('请先填写听证结论');
    ok(call(s, 'hearings.conclude', { hearingId, conclusion: '执行行为符合法律规定，第 2 项异议另行审查' }));
    view = ok(call(s, 'hearings.finish', { hearingId }));
    expect(view.state).toBe('AWAITING_SIGNATURES');
    // The record is closed now.
    expect(
      failed(call(s, 'hearings.respond', { itemId: i3, stance: 'accepts', statement: '' })).message_zh,
    ).toBe('听证当前为「待签名」，只有听证进行中才能记录');
    expect(
      failed(call(s, 'hearings.addItem', { hearingId, name: 'x', quantity: '1', measure: '其他' }))
        .message_zh,
    ).toBe('听证已「待签名」，记录不能再修改');
    expect(auditCount(s, 'hearing%')).toBeGreaterThanOrEqual(20);
  });

  it('exports draft minutes marked 草稿 with the items, responses, Q&A and annotations in words; no final before SIGNED', () => {
    const s = start();
    const { hearingId, add } = setup(s);
    add('clerk', '赵书记员');
    let view = ok(
      call(s, 'hearings.importConfirm', { hearingId, fileName: 'l.csv', base64: b64(itemsCsv(2)) }),
    );
    const [i1] = view.items.map((i) => i.id) as [number];
    view = ok(
      call(s, 'hearings.addAttachment', {
        itemId: i1,
        fileName: '现场照片.png',
        base64: b64(makePng(8, 8, [1, 2, 3])),
      }),
    );
    ok(
      call(s, 'hearings.annotate', {
        attachmentId: view.items[0]!.attachments[0]!.id,
        annotations: [{ kind: 'circle', x: 0.2, y: 0.2, x2: 0.3, y2: 0.3, text: '铭牌', colour: '#d32f2f' }],
      }),
    );
    ok(call(s, 'hearings.start', { hearingId }));
    ok(call(s, 'hearings.explain', { itemId: i1, text: '依裁定扣押' }));
    ok(call(s, 'hearings.respond', { itemId: i1, stance: 'objects', statement: '扣押时未通知本人' }));
    ok(
      call(s, 'hearings.ask', {
        itemId: i1,
        asker: '陈律师',
        question: '是否送达扣押裁定？',
        answerer: '李审判长',
        answer: '已当场送达',
      }),
    );
    const final = failed(call(s, 'hearings.minutes', { hearingId, final: true }));
    expect(final.message_zh).toMatch(/^听证当前为「听证中」，全部参加人签名/);
    const doc = ok(call(s, 'hearings.minutes', { hearingId }));
    const pdf = path.join(s.dataDir, 'm.pdf');
    fs.writeFileSync(pdf, Buffer.from(doc.base64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const phrase of [
      '听证笔录（草稿）',
      '听证员（人大代表）',
      '第1项：物品1',
      '依裁定扣押',
      '对该项有异议：扣押时未通知本人',
      '问：是否送达扣押裁定？',
      '答：已当场送达',
      '红色圆圈，圈出图片左上部，注明「铭牌」',
      '有异议的物品1项',
      // the fixed clock starts 08:00:00Z: Beijing 16:00
      '听证经过（北京时间）：16:00听证开始',
    ])
      expect(text).toContain(phrase);
    expect(doc.fileName).toBe('(2024)黑1084执12号 听证笔录（草稿）.pdf');
  });
});

describe('editing the setup, attendees and items', () => {
  it('edits and deletes, renumbers, keeps an item that has a record, and audits each change', () => {
    const s = start();
    const { hearingId, add } = setup(s);
    add('clerk', '赵书记员');
    let view = ok(
      call(s, 'hearings.importConfirm', { hearingId, fileName: 'l.csv', base64: b64(itemsCsv(3)) }),
    );
    const [i1, i2, i3] = view.items.map((i) => i.id) as [number, number, number];
    view = ok(
      call(s, 'hearings.updateItem', {
        itemId: i3,
        name: '挖掘机',
        quantity: '1',
        unit: '台',
        measure: '拍卖',
        value: '350000.00',
      }),
    );
    expect(view.items[2]!.fields).toMatchObject({ name: '挖掘机', value: '350000.00', location: '' });
    view = ok(call(s, 'hearings.deleteItem', { itemId: i1 }));
    expect(view.items.map((i) => [i.position, i.id])).toEqual([
      [1, i2],
      [2, i3],
    ]);
    const panel = view.attendees.find((a) => a.kind === 'panel')!;
    view = ok(
      call(s, 'hearings.updateAttendee', {
        attendeeId: panel.id,
        kind: 'panel',
        name: '张代表',
        panelRole: '人民调解员',
      }),
    );
    expect(view.attendees.find((a) => a.id === panel.id)!.panelRole).toBe('人民调解员');
    view = ok(call(s, 'hearings.addItem', { hearingId, name: '电视机', quantity: '1', measure: '其他' }));
    view = ok(
      call(s, 'hearings.addAttachment', {
        itemId: view.items[2]!.id,
        fileName: 'tv.png',
        base64: b64(makePng(4, 4, [9, 9, 9])),
      }),
    );
    view = ok(call(s, 'hearings.removeAttachment', { attachmentId: view.items[2]!.attachments[0]!.id }));
    expect(view.items[2]!.attachments).toEqual([]);

    ok(call(s, 'hearings.start', { hearingId }));
    ok(call(s, 'hearings.explain', { itemId: i2, text: '已依法扣押' }));
    expect(failed(call(s, 'hearings.deleteItem', { itemId: i2 })).message_zh).toBe(
      '该物品已有说明、意见或提问记录，不能删除',
    );
    const presiding = view.attendees.find((a) => a.kind === 'presiding')!;
    expect(failed(call(s, 'hearings.removeAttendee', { attendeeId: presiding.id })).message_zh).toBe(
      '听证进行中，申请人、审判长和书记员不能全部移除',
    );
    expect(failed(call(s, 'hearings.update', { hearingId, type: '执行听证' })).message_zh).toBe(
      '听证当前为「听证中」，听证类型、时间、地点等信息只能在开始前修改',
    );
    expect(failed(call(s, 'hearings.move', { hearingId, cursor: 3 })).message_zh).toBe('没有第 4 项物品');
    // update, delete, add, the explanation (the import is one row on the hearing itself)
    expect(auditCount(s, 'hearingItem')).toBe(4);
  });
});

describe('the item list from an .xlsx workbook', () => {
  it('reads numbers as Excel shows them (0.1 + 0.2 reads 0.3), a chosen sheet, and saves on confirm', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('说明').addRow(['本表为执行物品清单']);
    const ws = wb.addWorksheet('清单');
    ws.addRow(['物品名称', '数量', '单位', '执行措施', '现存放地/去向', '价值（元）']);
    ws.addRow(['钢材', 0.1 + 0.2, '吨', '拍卖', '已交付买受人', 12000.5]);
    ws.addRow(['冰箱', 2, '台', '发还', '已发还申请人', '']);
    const base64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const s = start();
    const { hearingId } = setup(s);
    const first = failed(call(s, 'hearings.importPreview', { hearingId, fileName: 'l.xlsx', base64 }));
    expect(first.message_zh).toMatch(/^找不到表头/);
    const preview = ok(
      call(s, 'hearings.importPreview', { hearingId, fileName: 'l.xlsx', base64, sheet: '清单' }),
    );
    expect([preview.format, preview.sheets]).toEqual(['xlsx', ['说明', '清单']]);
    expect(preview.rows.map((r) => [r.item?.name, r.item?.quantity, r.item?.value])).toEqual([
      ['钢材', '0.3', '12000.50'],
      ['冰箱', '2', null],
    ]);
    const view = ok(
      call(s, 'hearings.importConfirm', { hearingId, fileName: 'l.xlsx', base64, sheet: '清单' }),
    );
    expect(view.items.map((i) => [i.position, i.fields.name, i.fields.measure, i.fields.location])).toEqual([
      [1, '钢材', '拍卖', '已交付买受人'],
      [2, '冰箱', '发还', '已发还申请人'],
    ]);
  });
});

describe('signing a petition hearing (the transition the signatures module calls)', () => {
  it('refuses while someone has neither signed nor refused, then SIGNED; only then the final minutes', () => {
    const dataDir = tempDir();
    let s = start(dataDir);
    const { hearingId, add } = setup(s);
    add('clerk', '赵书记员');
    ok(call(s, 'hearings.importConfirm', { hearingId, fileName: 'l.csv', base64: b64(itemsCsv(1)) }));
    ok(call(s, 'hearings.start', { hearingId }));
    ok(call(s, 'hearings.stage', { hearingId, stage: 'conclusion' }));
    ok(call(s, 'hearings.conclude', { hearingId, conclusion: '驳回申请' }));
    const attendees = ok(call(s, 'hearings.finish', { hearingId })).attendees;
    s.close();

    const db = openDatabase(path.join(dataDir, DB_FILE_NAME));
    const ctx = {
      db,
      now: () => '2026-03-02T10:00:00.000Z',
      actor: '书记员',
      dataDir,
      host: 'web' as const,
      publish: () => {},
    };
    const acts = attendees.map((a, i) => ({
      attendeeId: a.id,
      kind: i === 0 ? ('refused' as const) : ('signed' as const),
      reason: i === 0 ? '不认可结论' : '',
    }));
    expect(() => transaction(db, () => markHearingSigned(ctx, hearingId, acts.slice(1)))).toThrow(
      /还有 1 人未签名或未记明拒签：王某（电话 13912345678）/,
    );
    const signed = transaction(db, () => markHearingSigned(ctx, hearingId, acts));
    expect(signed.state).toBe('SIGNED');
    expect(() => transaction(db, () => markHearingSigned(ctx, hearingId, acts))).toThrow(
      /听证当前为「已签名」，不能签名完成/,
    );
    db.close();

    s = start(dataDir);
    const doc = ok(call(s, 'hearings.minutes', { hearingId, final: true }));
    expect(doc.fileName).toBe('(2024)黑1084执12号 听证笔录.pdf');
    expect(
      failed(call(s, 'hearings.respond', { itemId: 1, stance: 'accepts', statement: '' })).message_zh,
    ).toBe('听证当前为「已签名」，只有听证进行中才能记录');
  });
});
