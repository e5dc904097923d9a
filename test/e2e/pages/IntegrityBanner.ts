import type { Locator, Page } from '@playwright/test';

/** Page object: the red banner every page shows while a change made outside the app is unacknowledged. */
export class IntegrityBanner {
  readonly root: Locator;
  readonly findings: Locator;
  readonly name: Locator;
  readonly note: Locator;
  readonly acknowledge: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('integrity-banner');
    this.findings = page.getByTestId('integrity-finding');
    this.name = page.getByTestId('integrity-name');
    this.note = page.getByTestId('integrity-note');
    this.acknowledge = page.getByTestId('integrity-acknowledge');
  }

  async acknowledgeAs(name: string, note: string): Promise<void> {
    await this.name.fill(name);
    await this.note.fill(note);
    await this.acknowledge.click();
  }
}
