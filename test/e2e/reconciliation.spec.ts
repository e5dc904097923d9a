import type { SessionView } from '../../core/features/recon/model';
import { expect, test } from './fixtures';
import { callApi, type RunningHost } from './host';
import { PresenterPage } from './pages/PresenterPage';
import { ReconPage } from './pages/ReconPage';

/** The API as the renderer calls it (token header); fails the test on an error envelope. */
async function api<T>(host: RunningHost, name: string, input: unknown): Promise<T> {
  const reply = await callApi<T>(host, name, input);
  if (!reply.ok) throw new Error(`${name}: ${reply.error.message_zh}`);
  return reply.value;
}

const formatSigned = (delta: string) => {
  const negative = delta.startsWith('-');
  const [int = '0', dec = '00'] = delta.replace(/^-/, '').split('.');
  return `${negative ? '-' : '+'}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${dec}`;
};

test('a reconciliation hearing on screen: walk by keyboard, agree, dispute, the wall follows, restart, close', async ({
  page,
  context,
  host,
}) => {
  test.setTimeout(120_000);
  const sample = await api<{ id: number; payments: unknown[] }>(host.current, 'cases.createSample', {});
  expect(sample.payments.length).toBeGreaterThanOrEqual(30);
  const caseId = sample.id;

  // From the case page: 「对账」 → 「新建对账」, participants, start.
  await page.goto(`${host.current.url}#/case/${caseId}`);
  await expect(page.getByTestId('recon-sessions-empty')).toBeVisible();
  await page.getByTestId('recon-new').click();
  const recon = new ReconPage(page);
  await recon.expectState('DRAFT');
  const sessionId = recon.sessionId();
  expect(await recon.addSuggested()).toBe(4); // applicant, respondent, judge, clerk of the sample case
  await recon.addParticipant('debtorAgent', '赵某（律师）');
  if (process.env.HD_RECON_SHOTS) await page.screenshot({ path: '/tmp/recon-draft.png' });
  await recon.start();
  await recon.expectState('IN_SESSION');
  // 3 obligations, the application order, 35 payments with the 19 interest periods between them, the balance
  await expect(recon.entries).toHaveCount(59);
  await expect(page.getByTestId('recon-side-debtor')).toContainText('张某某、赵某（律师）');

  // The wall: black until P, then it follows every move.
  const wallPage = await context.newPage();
  await wallPage.setViewportSize({ width: 1920, height: 1080 });
  const wall = new PresenterPage(wallPage);
  await wall.open(host.current);
  await wall.expectBlank();
  await recon.key('p');
  await wall.expectEntry(0, 59);
  for (let i = 1; i <= 3; i++) {
    await recon.key('ArrowRight');
    await wall.expectEntry(i, 59);
  }

  // The application order: the creditor says doubled interest came first; the panel prices the claim,
  // and the court keeps the statutory order.
  await expect(recon.current).toHaveAttribute('data-key', 'order');
  await expect(recon.current.getByTestId('recon-orders')).toContainText('先息后本');
  await expect(wall.entry).toContainText('2014年8月1日起');
  await recon.dispute('creditor', { order: 'doubledFirst', statement: '双方约定先还加倍部分债务利息' });
  await recon.settled();
  const ordered = await api<SessionView>(host.current, 'recon.get', { sessionId });
  const orderWorth = ordered.impact!.disputes.find((d) => d.entryKey === 'order')!;
  expect(orderWorth.delta).not.toBe('0.00');
  await expect(recon.disputeLine('order', 'creditor')).toContainText(
    `清偿顺序 清偿顺序争议（申请执行人）：${formatSigned(orderWorth.delta)} 元`,
  );
  await expect(page.getByTestId('recon-position-creditor')).toContainText('主张顺序 加倍部分债务利息 →');
  // no court total before the court has found on anything
  await expect(page.getByTestId('recon-total-court-pending')).toHaveText('尚未认定');
  await expect(recon.total('court')).toHaveCount(0);
  await recon.finding('record', '无证据证明有约定，依法定清偿顺序');
  await expect(recon.total('court')).toHaveAttribute('data-value', ordered.impact!.record.total);
  await expect(recon.current).toHaveAttribute('data-status', 'found');

  // An interest period: its days and formula, on screen and on the wall.
  await recon.key('ArrowRight');
  await wall.expectEntry(4, 59);
  await expect(recon.current).toHaveAttribute('data-key', 'period:I:general:2005-06-01:2006-03-15');
  await expect(wall.page.getByTestId('wall-formulas')).toContainText('=');
  for (let i = 5; i <= 7; i++) {
    await recon.key('ArrowRight');
    await wall.expectEntry(i, 59);
  }
  await expect(recon.current).toHaveAttribute('data-key', 'payment:p3');
  await expect(recon.root).toHaveAttribute('data-cursor', '7');
  await recon.settled();
  expect((await api<SessionView>(host.current, 'recon.get', { sessionId })).cursor).toBe(7);

  // Both parties agree to p3: it locks, on screen and on the wall.
  await recon.agree('creditor');
  await expect(recon.current).toHaveAttribute('data-locked', 'false');
  await recon.agree('debtor');
  await expect(recon.current).toHaveAttribute('data-locked', 'true');
  await expect(recon.current.getByTestId('lock-icon')).toBeVisible();
  await expect(recon.entry('payment:p3')).toHaveAttribute('data-status', 'agreed');
  await expect(recon.entry('payment:p3').getByTestId('lock-icon')).toBeVisible();
  await expect(page.getByTestId('recon-agree-creditor')).toHaveCount(0); // a locked entry takes no position
  await expect(wall.entry).toContainText('已确认');

  // The debtor disputes p18's date through the form; the money panel prices it as the API does.
  await recon.next(16);
  await wall.expectEntry(23, 59);
  await expect(recon.current).toHaveAttribute('data-key', 'payment:p18');
  await recon.key('d'); // Esc closes a form without a change
  await expect(page.getByTestId('recon-dispute-form')).toBeVisible();
  await recon.key('Escape');
  await expect(page.getByTestId('recon-dispute-form')).toBeHidden();
  await recon.dispute('debtor', {
    date: '2014年10月9日', // typed as a judgment writes it: the field hands 2014-10-09 to the API
    statement: '经办人电话 13912345678，款是 10 月 9 日付的',
  });
  await recon.settled();
  const disputed = await api<SessionView>(host.current, 'recon.get', { sessionId });
  const worth = disputed.impact!.disputes.find((d) => d.entryKey === 'payment:p18' && d.side === 'debtor')!;
  expect(worth.delta).not.toBe('0.00');
  await expect(recon.disputeLine('payment:p18', 'debtor')).toHaveAttribute('data-delta', worth.delta);
  // named as the parties know the payment (its day and amount), not by the ledger's code p18
  const p18 = disputed.entries.find((e) => e.key === 'payment:p18')!.payment!;
  await expect(recon.disputeLine('payment:p18', 'debtor')).toContainText(
    `${p18.date} ${formatSigned(p18.amount).slice(1)} 日期争议（被执行人）：${formatSigned(worth.delta)} 元`,
  );
  await expect(recon.entry('payment:p18')).not.toContainText('p18');
  for (const v of ['record', 'creditor', 'debtor', 'court'] as const)
    await expect(recon.total(v)).toHaveAttribute('data-value', disputed.impact![v].total);
  // the same variant priced on its own by the scenarios API
  const scenario = await api<{ variants: { balanceDelta: { total: string } }[] }>(
    host.current,
    'ledger.scenarios',
    {
      caseId,
      variants: [{ name: 'debtor', payments: [{ id: 'p18', date: '2014-10-09' }] }],
    },
  );
  expect(scenario.variants[0]!.balanceDelta.total).toBe(worth.delta);

  // The wall shows the statement masked, and the four totals now that a dispute exists.
  await expect(wall.page.getByTestId('wall-positions')).toContainText('139****5678');
  expect(await wall.root.innerText()).not.toMatch(/1[3-9]\d{9}/);
  await expect(wall.page.getByTestId('wall-totals')).toContainText('被执行人主张');
  if (process.env.HD_RECON_SHOTS) {
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: '/tmp/recon-operator.png' });
    await wall.page.screenshot({ path: '/tmp/recon-presenter.png' });
  }

  // Pause refuses positions; resume.
  await page.getByTestId('recon-pause').click();
  await recon.expectState('PAUSED');
  await expect(page.getByTestId('recon-dispute-creditor')).toHaveCount(0);
  await page.getByTestId('recon-resume').click();
  await recon.expectState('IN_SESSION');

  // Restart the host mid-session. The page still open on the old host says at once that it must be
  // reopened, and does nothing else: the move is not saved anywhere.
  const second = await host.restart();
  await recon.key('ArrowRight');
  await expect(page.getByTestId('recon-stale')).toContainText('请关闭后重新打开');
  await expect(recon.root).toHaveCount(0);
  await recon.key('c');
  await expect(page.getByTestId('recon-agree-form')).toHaveCount(0);
  expect((await api<SessionView>(second, 'recon.get', { sessionId })).cursor).toBe(23);
  // Reopened: the same entry, the positions kept.
  await page.goto(`${second.url}#/case/${caseId}/recon/${sessionId}`);
  await recon.expectState('IN_SESSION');
  await expect(recon.root).toHaveAttribute('data-cursor', '23');
  await expect(recon.current).toHaveAttribute('data-key', 'payment:p18');
  await expect(page.getByTestId('recon-position-debtor')).toContainText('主张日期 2014年10月9日');
  await expect(page.getByTestId('recon-statement-debtor')).toContainText('13912345678'); // the operator sees it unmasked
  await expect(recon.entry('payment:p3')).toHaveAttribute('data-locked', 'true');
  await expect(recon.disputeLine('payment:p18', 'debtor')).toHaveAttribute('data-delta', worth.delta);
  await wall.open(second);
  await wall.expectBlank();
  await recon.key('p');
  await wall.expectEntry(23, 59);

  // 「其余各项无异议」 once per person (R, one confirmation) instead of a key press per entry. The agent
  // agrees for the respondent's side; the respondent had disputed p18, which stays disputed.
  const speakers = page.getByTestId('recon-person');
  await expect(speakers).toHaveCount(3); // applicant, respondent, respondent's agent
  for (const n of ['1', '2']) {
    await recon.key(n);
    await recon.key('r');
    await expect(page.getByTestId('recon-rest-form')).toBeVisible();
    await expect(page.getByTestId('recon-rest-confirm')).toBeFocused();
    await recon.key('Enter');
    await expect(page.getByTestId('recon-rest-form')).toBeHidden();
    await recon.settled();
  }
  await expect(recon.openCount).toHaveAttribute('data-value', '1');
  const rested = await api<SessionView>(second, 'recon.get', { sessionId });
  const restRows = rested.entries.flatMap((e) => e.persons.filter((p) => p.rest));
  // every entry but the locked p3, the order (the applicant disputed it) for the applicant, p18 for the respondent
  expect(restRows.length).toBe(57 + 57);
  await expect(page.getByTestId('recon-entry').and(page.locator('[data-status="open"]'))).toHaveCount(0);

  // Closing is refused while the dispute has no finding, and allowed after it.
  await recon.close();
  await expect(recon.error).toContainText('不能结束对账');
  await recon.expectState('IN_SESSION');
  await recon.finding('record', '以法院执行款账户到账记录为准');
  await expect(recon.current).toHaveAttribute('data-status', 'found');
  await expect(page.getByTestId('recon-finding')).toContainText('维持账面记录');
  await expect(recon.openCount).toHaveAttribute('data-value', '0');
  await recon.close();
  await recon.expectState('AWAITING_SIGNATURES');
  const closed = await api<SessionView>(second, 'recon.get', { sessionId });
  const outcome = closed.outcome as { courtTotal: string; agreedTotal: string | null };
  await expect(page.getByTestId('recon-outcome-court')).toHaveAttribute('data-value', outcome.courtTotal);
  expect(outcome.courtTotal).toBe(closed.impact!.record.total);
  await expect(page.getByTestId('recon-outcome-agreed-none')).toBeVisible();
  await expect(page.getByTestId('recon-finding-open')).toHaveCount(0);
  if (process.env.HD_RECON_SHOTS) await page.screenshot({ path: '/tmp/recon-closed.png' });

  // Blank the wall again.
  await recon.key('p');
  await wall.expectBlank();
});

test('starting needs the as-of date: the Chinese message is shown and the session stays a draft', async ({
  page,
  host,
}) => {
  const created = await api<{ id: number }>(host.current, 'cases.create', {
    caseNumber: '(2026)黑1084执9号',
  });
  await api(host.current, 'obligations.add', {
    caseId: created.id,
    kind: 'principal',
    amount: '1000.00',
    due: '2024-01-01',
  });
  await page.goto(`${host.current.url}#/case/${created.id}`);
  await page.getByTestId('recon-new').click();
  const recon = new ReconPage(page);
  await recon.expectState('DRAFT');
  await recon.start();
  await expect(recon.error).toContainText('计算截止日');
  await recon.expectState('DRAFT');
  await page.getByTestId('recon-back').click();
  await expect(page.getByTestId('recon-session-row')).toHaveCount(1);
  await expect(page.getByTestId('recon-session-row')).toContainText('准备中');
});
