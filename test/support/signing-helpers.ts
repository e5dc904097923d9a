import { readFileSync } from 'node:fs';
import path from 'node:path';
import { signaturePng } from '../../bench/signature-png';
import { call } from '../../core/platform/api/services';
import { ok, type start } from './harness';

const e2 = readFileSync(path.resolve(__dirname, './fixtures/examples/e2.json'), 'utf8');

export const PNG = signaturePng().toString('base64');

/** signature_pad-shaped strokes: a short zigzag with millisecond timestamps. */
export function strokes(seed = 0) {
  return [
    {
      points: Array.from({ length: 12 }, (_, i) => ({
        x: 20 + i * 15,
        y: 40 + ((i + seed) % 2) * 20,
        pressure: 0.5,
        time: 1_700_000_000_000 + i * 16,
      })),
      penColor: 'black',
      dotSize: 0,
      minWidth: 0.5,
      maxWidth: 2.5,
      velocityFilterWeight: 0.7,
      compositeOperation: 'source-over',
    },
  ];
}

/**
 * E2 with a session walked to its end: the debtor disputed the date of p1 (says 2020-04-01), the court
 * kept the record; everything else agreed. Participants added out of court order on purpose.
 */
export function closedSession(
  s: ReturnType<typeof start>,
  options: { close?: boolean; dispute?: boolean } = {},
) {
  const c = ok(call(s, 'cases.create', { caseNumber: '(2020)E2执2号', court: '示例市第一人民法院' }));
  ok(call(s, 'ledger.import', { caseId: c.id, text: e2 }));
  const draft = ok(call(s, 'recon.create', { caseId: c.id }));
  const sessionId = draft.id;
  for (const [role, name] of [
    ['clerk', '刘书记'],
    ['judge', '李法官'],
    ['debtor', '张某某'],
    ['creditor', '某建材有限公司'],
  ] as const)
    ok(call(s, 'recon.addParticipant', { sessionId, role, name }));
  const started = ok(call(s, 'recon.start', { sessionId }));
  // Both sides agree to every entry but p1 (the list grows as the session learns new kinds of entry).
  for (const entry of started.entries)
    if (entry.key !== 'payment:p1')
      for (const side of ['creditor', 'debtor'] as const)
        ok(call(s, 'recon.position', { sessionId, entryKey: entry.key, side, stance: 'agree' }));
  ok(call(s, 'recon.position', { sessionId, entryKey: 'payment:p1', side: 'creditor', stance: 'agree' }));
  if (options.dispute === false)
    ok(call(s, 'recon.position', { sessionId, entryKey: 'payment:p1', side: 'debtor', stance: 'agree' }));
  else {
    ok(
      call(s, 'recon.position', {
        sessionId,
        entryKey: 'payment:p1',
        side: 'debtor',
        stance: 'dispute',
        claim: { date: '2020-04-01' },
        statement: '钱是 4 月 1 日打的',
      }),
    );
    ok(
      call(s, 'recon.finding', {
        sessionId,
        entryKey: 'payment:p1',
        adopt: 'record',
        reason: '法院账户到账记录为 2020 年 4 月 19 日',
      }),
    );
  }
  if (options.close !== false) ok(call(s, 'recon.close', { sessionId }));
  return { caseId: c.id, sessionId };
}
