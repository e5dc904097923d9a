import type { Locator, Page } from '@playwright/test';

/** Page object: 移送 on the case page (check, export the package), and receiving one on the case list. */
export class TransferPanel {
  readonly root: Locator;
  readonly checkItems: Locator;
  readonly done: Locator;
  readonly origin: Locator;
  readonly verified: Locator;
  readonly untrusted: Locator;
  readonly fingerprint: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('transfer-panel');
    this.checkItems = this.root.getByTestId('transfer-check-item');
    this.done = this.root.getByTestId('transfer-done');
    this.origin = page.getByTestId('transfer-origin');
    this.verified = page.getByTestId('transfer-import-verified');
    this.untrusted = page.getByTestId('transfer-import-untrusted');
    this.fingerprint = page.getByTestId('transfer-import-fingerprint');
    this.error = page.getByTestId('transfer-import-error');
  }

  async fill(decision: { date: string; court: string }): Promise<void> {
    await this.root.getByTestId('transfer-date').fill(decision.date);
    await this.root.getByTestId('transfer-court').fill(decision.court);
  }

  async check(): Promise<void> {
    await this.root.getByTestId('transfer-check').click();
  }

  /** Export the package; resolves with its download. */
  async exportPackage() {
    const downloading = this.page.waitForEvent('download');
    await this.root.getByTestId('transfer-export').click();
    return downloading;
  }

  /** On the receiving installation's case list: choose the package. */
  async receive(file: string): Promise<void> {
    await this.page.getByTestId('transfer-import-file').setInputFiles(file);
  }

  /** Trust the package's certificate by typing the fingerprint the sending court read out. */
  async trustWith(fingerprint: string): Promise<void> {
    await this.page.getByTestId('transfer-trust-fingerprint').fill(fingerprint);
    await this.page.getByTestId('transfer-trust-fingerprint').press('Enter');
  }

  /** The new case number, confirmed with Enter. */
  async accept(caseNumber: string): Promise<void> {
    await this.page.getByTestId('transfer-import-number').fill(caseNumber);
    await this.page.getByTestId('transfer-import-number').press('Enter');
  }
}
