import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Page object: the signatures of a record (a session's minutes, a hearing's minutes, a settlement):
 * the signers in court order, the pad of the one whose turn it is, refusals, the lock.
 */
export class SigningPage {
  readonly root: Locator;
  readonly signers: Locator;
  readonly current: Locator;
  readonly pad: Locator;
  readonly signButton: Locator;
  readonly refuseButton: Locator;
  readonly locked: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('signing-page');
    this.signers = page.getByTestId('signing-signer');
    this.current = page.getByTestId('signing-current');
    this.pad = page.getByTestId('signing-pad');
    this.signButton = page.getByTestId('signing-sign');
    this.refuseButton = page.getByTestId('signing-refuse');
    this.locked = page.getByTestId('signing-locked');
  }

  signer(n: number): Locator {
    return this.signers.nth(n);
  }

  /** A signature drawn with the mouse: zigzag strokes across the pad. */
  async draw(strokes = 2, points = 10): Promise<void> {
    const box = (await this.pad.boundingBox())!;
    for (let stroke = 0; stroke < strokes; stroke++) {
      const y = box.y + 50 + stroke * 50;
      await this.page.mouse.move(box.x + 40, y);
      await this.page.mouse.down();
      for (let i = 1; i <= points; i++)
        await this.page.mouse.move(box.x + 40 + i * 30, y + (i % 2 ? 25 : -10), { steps: 3 });
      await this.page.mouse.up();
    }
  }

  async clear(): Promise<void> {
    await this.page.getByTestId('signing-clear').click();
  }

  /** Draw, sign, and wait until signer `n` is marked signed. */
  async sign(n: number, strokes?: number, points?: number): Promise<void> {
    await this.draw(strokes, points);
    await this.signButton.click();
    await expect(this.signer(n)).toHaveAttribute('data-status', 'signed');
  }

  /** Refuse with a reason, and wait until signer `n` is marked refused. */
  async refuse(n: number, reason: string): Promise<void> {
    await this.refuseButton.click();
    await this.page.getByTestId('signing-reason').fill(reason);
    await this.page.getByTestId('signing-refuse-confirm').click();
    await expect(this.signer(n)).toHaveAttribute('data-status', 'refused');
  }

  async expectLocked(): Promise<void> {
    await expect(this.root).toHaveAttribute('data-locked', 'true');
  }
}
