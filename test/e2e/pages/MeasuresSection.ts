import type { Locator, Page } from '@playwright/test';

/** Page object: the measures register on the case page, and the expiry alert under the top bar. */
export class MeasuresSection {
  readonly alert: Locator;
  readonly alertItems: Locator;
  readonly rows: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.alert = page.getByTestId('expiry-alert');
    this.alertItems = page.getByTestId('expiry-alert-item');
    this.rows = page.getByTestId('measure-row');
    this.table = page.getByTestId('measures-table');
  }

  row(measureId: number): Locator {
    return this.page.locator(`[data-testid="measure-row"][data-measure-id="${measureId}"]`);
  }

  status(row: Locator): Locator {
    return row.getByTestId('measure-status');
  }

  /** The timeline's bars, or those of one status (expiring, expired, renewed, released). */
  bars(status?: string): Locator {
    return this.page.locator(status ? `.measure-timeline__bar--${status}` : '.measure-timeline__bar');
  }

  /** 续行 on a row: the term, then Enter in the ruling number. */
  async renew(row: Locator, termMonths: string): Promise<void> {
    await row.getByTestId('measure-renew').click();
    await this.page.getByTestId('measure-renew-form-termMonths').fill(termMonths);
    await this.page.getByTestId('measure-renew-form-rulingNumber').press('Enter');
  }
}
