import { expect, type Locator, type Page } from '@playwright/test';

/** Page object: 导入银行流水 (#/case/<id>/import). */
export class ImportPage {
  readonly root: Locator;
  readonly file: Locator;
  readonly rows: Locator;
  readonly confirm: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('import-page');
    this.file = page.getByTestId('import-file');
    this.rows = page.getByTestId('import-row');
    this.confirm = page.getByTestId('import-confirm');
    this.error = page.getByTestId('import-error');
  }

  async choose(filePath: string): Promise<void> {
    await this.file.setInputFiles(filePath);
    await expect(this.page.getByTestId('import-file-name')).toHaveText(filePath.split(/[\\/]/).pop()!);
  }

  row(n: number): Locator {
    return this.page.locator(`[data-testid="import-row"][data-row="${n}"]`);
  }

  mapping(field: 'date' | 'amount' | 'payer' | 'kind' | 'note'): Locator {
    return this.page.getByTestId(`import-map-${field}`);
  }

  summary(name: 'rows' | 'valid' | 'invalid' | 'skipped' | 'selected' | 'total'): Locator {
    return this.page.getByTestId(`import-summary-${name}`);
  }

  /** What a refund, closed trade or 不计收支 row of a recognised statement says about itself. */
  skipped(n: number): Locator {
    return this.row(n).getByTestId('import-row-skipped');
  }

  notices(n: number): Locator {
    return this.row(n).getByTestId('import-row-notice');
  }
}
