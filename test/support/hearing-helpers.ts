import { call, type Services } from '../../core/platform/api/services';
import { ok } from './harness';
import { itemsCsv, makePng } from './petition-media';
import { PNG, strokes } from './signing-helpers';

const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64');

/**
 * A finished petition hearing (AWAITING_SIGNATURES) on a new case (or on `caseId`): attendees registered out of court
 * order on purpose, three items (the petitioner accepts item 1 and objects to item 2, item 3 is left
 * open), a photo on item 1 and the same photo on item 2 (one file, two links).
 */
export function finishedHearing(s: Services, caseNumber = '(2024)黑1084执12号', caseId?: number) {
  const c = caseId
    ? { id: caseId }
    : ok(call(s, 'cases.create', { caseNumber, court: '示例市第一人民法院' }));
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
  add('clerk', '赵书记员');
  add('presiding', '李审判长');
  add('panel', '张代表', '人大代表');
  add('agent', '钱律师');
  add('petitioner', '王某（电话 13912345678，身份证 110101199003071234）');
  add('panel', '陈律师', '律师');
  const items = ok(
    call(s, 'hearings.importConfirm', { hearingId: h.id, fileName: 'l.csv', base64: b64(itemsCsv(3)) }),
  ).items;
  const photo = makePng(64, 48, [200, 40, 40]);
  ok(call(s, 'hearings.addAttachment', { itemId: items[0]!.id, fileName: '现场.png', base64: b64(photo) }));
  ok(
    call(s, 'hearings.addAttachment', { itemId: items[1]!.id, fileName: '同一照片.png', base64: b64(photo) }),
  );
  ok(call(s, 'hearings.start', { hearingId: h.id }));
  ok(call(s, 'hearings.respond', { itemId: items[0]!.id, stance: 'accepts', statement: '' }));
  ok(
    call(s, 'hearings.respond', {
      itemId: items[1]!.id,
      stance: 'objects',
      statement: '数量不对，联系电话 13800001111',
    }),
  );
  ok(call(s, 'hearings.stage', { hearingId: h.id, stage: 'conclusion' }));
  ok(call(s, 'hearings.conclude', { hearingId: h.id, conclusion: '维持原执行行为' }));
  const view = ok(call(s, 'hearings.finish', { hearingId: h.id }));
  return { caseId: c.id, hearingId: h.id, view, photo };
}

/** Everyone signs in turn, except the agent, who refuses with a reason. */
export function signHearing(s: Services, hearingId: number, reason = '不认可听证结论') {
  const record = { kind: 'hearing' as const, id: hearingId };
  const signers = ok(call(s, 'signatures.list', { record })).signers;
  for (const x of signers)
    if (x.role === 'agent') ok(call(s, 'signatures.refuse', { record, signer: x.key, reason }));
    else ok(call(s, 'signatures.sign', { record, signer: x.key, strokes: strokes(), png: PNG }));
  return signers;
}
