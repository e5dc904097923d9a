import type { SessionView } from '../../core/features/recon/model';
import { expect, test } from './fixtures';
import { callApi, type RunningHost } from './host';
import { PresenterPage } from './pages/PresenterPage';

async function api<T>(host: RunningHost, name: string, input: unknown): Promise<T> {
  const reply = await callApi<T>(host, name, input);
  if (!reply.ok) throw new Error(`${name}: ${reply.error.message_zh}`);
  return reply.value;
}

const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/**
 * The wall never clips what the parties said: for the sample case's longest entries (the payments with
 * the most formulas), with every person's position stated and long, each position and the entry's
 * amount lie wholly inside the viewport and inside the entry's own (overflow-hidden) box.
 */
test('the wall shows every position and the amount of the longest entries at 1366×768 and 1920×1080', async ({
  context,
  host,
}) => {
  test.setTimeout(120_000);
  const h = host.current;
  const sample = await api<{ id: number }>(h, 'cases.createSample', {});
  let view = await api<SessionView>(h, 'recon.create', { caseId: sample.id });
  const sessionId = view.id;
  for (const [role, name] of [
    ['creditor', '某建材有限公司'],
    ['creditorAgent', '钱某某（某律师事务所律师）'],
    ['debtor', '张某某'],
    ['debtor', '周某晴'],
    ['debtorAgent', '赵某（某律师事务所律师）'],
    ['interested', '王某（被执行人周某之母，遗产继承人）'],
  ] as const)
    view = await api<SessionView>(h, 'recon.addParticipant', { sessionId, role, name });
  view = await api<SessionView>(h, 'recon.start', { sessionId });
  const people = view.participants;
  const id = (name: string) => people.find((p) => p.name === name)!.id;

  // The longest: the payments whose formulas take the most characters.
  const longest = view.entries
    .filter((e) => e.kind === 'payment')
    .map((e) => ({ e, size: (e.trace ?? []).reduce((n, s) => n + s.formula.length, 0) }))
    .sort((a, b) => b.size - a.size)
    .slice(0, 3)
    .map((x) => x.e);
  expect(longest.length).toBe(3);
  const statement = '该笔款项系通过银行转账支付，转账凭证载明的日期与账面记载不一致，请求以凭证为准';
  for (const e of longest) {
    const say = (name: string, stance: 'agree' | 'dispute', claim?: object) =>
      api(h, 'recon.position', {
        sessionId,
        entryKey: e.key,
        participantId: id(name),
        stance,
        ...(claim ? { claim } : {}),
        statement: stance === 'dispute' ? statement : '',
      });
    await say('某建材有限公司', 'dispute', { amount: '185000.00' });
    await say('钱某某（某律师事务所律师）', 'agree');
    await say('张某某', 'dispute', { date: '2014-06-02' });
    await say('周某晴', 'dispute', { date: '2014-06-03', amount: '180000.00' });
    await say('赵某（某律师事务所律师）', 'agree');
    await say('王某（被执行人周某之母，遗产继承人）', 'dispute', { removed: true });
  }

  const wallPage = await context.newPage();
  const wall = new PresenterPage(wallPage);
  await wall.open(h);
  for (const viewport of VIEWPORTS) {
    await wallPage.setViewportSize(viewport);
    for (const e of longest) {
      await api(h, 'recon.move', { sessionId, cursor: e.index });
      await api(h, 'presenter.show', { sessionId });
      await expect(wall.root).toHaveAttribute('data-index', String(e.index));
      const positions = wallPage.getByTestId('wall-position');
      await expect(positions).toHaveCount(6);
      await expect(wallPage.getByTestId('wall-positions')).toContainText('主张日期 2014年6月2日');
      const box = (await wall.entry.boundingBox())!;
      const inside = async (
        what: string,
        b: { x: number; y: number; width: number; height: number } | null,
      ) => {
        expect(b, what).not.toBeNull();
        const r = b!;
        const where = `${what} at ${viewport.width}×${viewport.height} on ${e.key}: ${JSON.stringify(r)}`;
        expect(r.height, where).toBeGreaterThan(0);
        expect(r.x, where).toBeGreaterThanOrEqual(0);
        expect(r.y, where).toBeGreaterThanOrEqual(0);
        expect(r.x + r.width, where).toBeLessThanOrEqual(viewport.width + 0.5);
        expect(r.y + r.height, where).toBeLessThanOrEqual(viewport.height + 0.5);
        // not cut off by the entry's own box either
        expect(r.y + r.height, where).toBeLessThanOrEqual(box.y + box.height + 0.5);
        expect(r.x + r.width, where).toBeLessThanOrEqual(box.x + box.width + 0.5);
      };
      if (process.env.HD_WALL_SHOTS)
        await wallPage.screenshot({ path: `/tmp/wall-${viewport.width}-${e.index}.png` });
      await inside('amount', await wallPage.getByTestId('wall-amount').boundingBox());
      for (let i = 0; i < 6; i++) await inside(`position ${i + 1}`, await positions.nth(i).boundingBox());
    }
  }
});
