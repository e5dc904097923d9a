import type { Locator, Page } from '@playwright/test';

/** Page object: 导出计算说明 on the case page, with the one-document choice to show ID and phone numbers. */
export class StatementExport {
  readonly button: Locator;
  readonly reveal: Locator;
  readonly exported: Locator;
  readonly progress: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByTestId('statement-export');
    this.reveal = page.getByTestId('statement-reveal');
    this.exported = page.getByTestId('statement-exported');
    this.progress = page.getByTestId('statement-export-progress');
  }

  /** Click export; resolves with the download. */
  async download(timeout?: number) {
    const [download] = await Promise.all([
      this.page.waitForEvent('download', timeout === undefined ? {} : { timeout }),
      this.button.click(),
    ]);
    return download;
  }
}
