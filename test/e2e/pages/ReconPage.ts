import { expect, type Locator, type Page } from '@playwright/test';

type Side = 'creditor' | 'debtor';
const SIDE_KEY: Record<Side, string> = { creditor: '1', debtor: '2' };

/** Page object: the operator's reconciliation screen (#/case/<id>/recon/<sessionId>). */
export class ReconPage {
  readonly root: Locator;
  readonly current: Locator;
  readonly entries: Locator;
  readonly error: Locator;
  readonly money: Locator;
  readonly openCount: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('recon-page');
    this.current = page.getByTestId('recon-current');
    this.entries = page.getByTestId('recon-entry');
    this.error = page.getByTestId('recon-error');
    this.money = page.getByTestId('recon-money');
    this.openCount = page.getByTestId('recon-open-count');
  }

  async expectState(state: string): Promise<void> {
    await expect(this.root).toHaveAttribute('data-state', state);
  }

  /** Every queued call answered (moves, positions, the wall). */
  async settled(): Promise<void> {
    await expect(this.root).toHaveAttribute('data-busy', 'false');
  }

  sessionId(): number {
    const m = /\/recon\/(\d+)$/.exec(new URL(this.page.url()).hash);
    if (!m) throw new Error(`not on a session page: ${this.page.url()}`);
    return Number(m[1]);
  }

  async addParticipant(role: string, name: string): Promise<void> {
    const before = await this.page.getByTestId('recon-participant').count();
    await this.page.getByTestId('recon-participant-role').selectOption(role);
    await this.page.getByTestId('recon-participant-name').fill(name);
    await this.page.getByTestId('recon-participant-name').press('Enter');
    await expect(this.page.getByTestId('recon-participant')).toHaveCount(before + 1);
  }

  /** Take every participant the case suggests (each still confirmed with 「添加参加人」). */
  /** Adds every participant the case suggests; the suggestions come with the case, read after the session. */
  async addSuggested(): Promise<number> {
    let added = 0;
    const suggestions = this.page.getByTestId('recon-suggestion');
    await expect(suggestions.first()).toBeVisible();
    while ((await suggestions.count()) > 0) {
      const before = await this.page.getByTestId('recon-participant').count();
      await suggestions.first().click();
      await this.page.getByTestId('recon-participant-add').click();
      await expect(this.page.getByTestId('recon-participant')).toHaveCount(before + 1);
      added += 1;
    }
    return added;
  }

  async start(): Promise<void> {
    await this.page.getByTestId('recon-start').click();
    await this.page.getByTestId('recon-start-confirm').click();
  }

  async key(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  /** → n times; the cursor follows at once and the server after it. */
  async next(times = 1): Promise<void> {
    for (let i = 0; i < times; i++) await this.key('ArrowRight');
    await this.settled();
  }

  entry(key: string): Locator {
    return this.entries.and(this.page.locator(`[data-key="${key}"]`));
  }

  /** Side key, C, then the confirm button (focused) with Enter. */
  async agree(side: Side): Promise<void> {
    await this.key(SIDE_KEY[side]);
    await this.key('c');
    const form = this.page.getByTestId('recon-agree-form');
    await expect(form).toBeVisible();
    await expect(this.page.getByTestId('recon-agree-confirm')).toBeFocused();
    await this.key('Enter');
    await expect(form).toBeHidden();
    await expect(this.page.getByTestId(`recon-position-${side}`)).toContainText('无异议');
  }

  /** Side key, D, the claim and statement, Enter in the last field. */
  async dispute(
    side: Side,
    claim: { date?: string; amount?: string; removed?: boolean; order?: string; statement?: string },
  ): Promise<void> {
    await this.key(SIDE_KEY[side]);
    await this.key('d');
    const form = this.page.getByTestId('recon-dispute-form');
    await expect(form).toBeVisible();
    if (claim.date) await this.page.getByTestId('recon-dispute-date').fill(claim.date);
    if (claim.amount) await this.page.getByTestId('recon-dispute-amount').fill(claim.amount);
    if (claim.removed) await this.page.getByTestId('recon-dispute-removed').check();
    if (claim.order) await this.page.getByTestId('recon-dispute-order').selectOption(claim.order);
    await this.page.getByTestId('recon-dispute-statement').fill(claim.statement ?? '');
    await this.page.getByTestId('recon-dispute-statement').press('Enter');
    await expect(form).toBeHidden();
    await expect(this.page.getByTestId(`recon-position-${side}`)).toContainText('有异议');
  }

  async finding(adopt: 'creditor' | 'debtor' | 'record' | 'court', reason: string): Promise<void> {
    await this.key('f');
    const form = this.page.getByTestId('recon-finding-form');
    await expect(form).toBeVisible();
    await this.page.getByTestId(`recon-finding-${adopt}`).check();
    await this.page.getByTestId('recon-finding-reason').fill(reason);
    await this.page.getByTestId('recon-finding-reason').press('Enter');
    await expect(form).toBeHidden();
  }

  async close(): Promise<void> {
    await this.page.getByTestId('recon-close').click();
    await this.page.getByTestId('recon-close-confirm').click();
    await this.settled();
  }

  total(version: 'record' | 'creditor' | 'debtor' | 'court'): Locator {
    return this.page.getByTestId(`recon-total-${version}-value`);
  }

  disputeLine(entryKey: string, side: Side): Locator {
    return this.page.locator(`[data-testid="recon-dispute"][data-key="${entryKey}"][data-side="${side}"]`);
  }
}
