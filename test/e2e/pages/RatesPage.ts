import { expect, type Locator, type Page } from '@playwright/test';

/** Page object: the rate tables (#/rates) and the form to enter an LPR fixing. */
export class RatesPage {
  readonly root: Locator;
  readonly lprRows: Locator;
  readonly benchmarkRows: Locator;
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('rates-page');
    this.lprRows = page.getByTestId('lpr-row');
    this.benchmarkRows = page.getByTestId('benchmark-row');
    this.form = page.getByTestId('lpr-form');
  }

  /** Open from the top navigation (the app is already loaded). */
  async openFromNav(): Promise<void> {
    await this.page.getByTestId('nav-rates').click();
    await expect(this.root).toBeVisible();
  }

  lprRow(from: string): Locator {
    return this.page.locator(`[data-testid="lpr-row"][data-from="${from}"]`);
  }

  cell(row: Locator, col: string): Locator {
    return row.locator(`[data-col="${col}"]`);
  }

  field(name: string): Locator {
    return this.page.getByTestId(`lpr-form-${name}`);
  }

  fieldError(name: string): Locator {
    return this.page.getByTestId(`lpr-form-${name}-error`);
  }

  /** Open the form, fill it and press Enter in the last field. */
  async addLpr(values: { from: string; oneYear: string; over5y: string; source: string }): Promise<void> {
    if (!(await this.form.isVisible())) await this.page.getByTestId('lpr-add').click();
    await expect(this.form).toBeVisible();
    await this.field('from').fill(values.from);
    await this.field('oneYear').fill(values.oneYear);
    await this.field('over5y').fill(values.over5y);
    await this.field('source').fill(values.source);
    await this.field('source').press('Enter');
  }
}
