import { expect, type Locator, type Page } from '@playwright/test';

/** Page object: the wall (/presenter), which only shows what the operator sends (a session or a hearing). */
export class PresenterPage {
  readonly root: Locator;
  readonly number: Locator;
  readonly entry: Locator;
  /** a petition hearing on the wall: its item, photo and video */
  readonly hearing: Locator;
  readonly itemName: Locator;
  readonly itemStatus: Locator;
  readonly photo: Locator;
  readonly video: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('presenter');
    this.number = page.getByTestId('wall-number');
    this.entry = page.getByTestId('wall-entry');
    this.hearing = page.getByTestId('wall-hearing');
    this.itemName = page.getByTestId('wall-item-name');
    this.itemStatus = page.getByTestId('wall-item-status');
    this.photo = page.getByTestId('wall-photo');
    this.video = page.getByTestId('wall-video');
  }

  /** Open with the host's token and wait until it listens (its own signal, not a sleep). */
  async open(host: { origin: string; token: string }): Promise<void> {
    await this.page.goto(`${host.origin}/presenter?token=${host.token}`);
    await expect(this.root).toHaveAttribute('data-connected', 'true');
  }

  async expectBlank(): Promise<void> {
    await expect(this.root).toHaveAttribute('data-blank', 'true');
  }

  async expectEntry(index: number, count: number): Promise<void> {
    await expect(this.root).toHaveAttribute('data-index', String(index));
    await expect(this.number).toHaveText(`第 ${index + 1} 项 / 共 ${count} 项`);
  }
}
