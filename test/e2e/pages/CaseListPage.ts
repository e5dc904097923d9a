import { expect, type Locator, type Page } from '@playwright/test';

/** Page object: the case list (search, create case form, sample case button). */
export class CaseListPage {
  readonly root: Locator;
  readonly search: Locator;
  readonly rows: Locator;
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('case-list');
    this.search = page.getByTestId('case-search');
    this.rows = page.getByTestId('case-row');
    this.form = page.getByTestId('case-form');
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.root).toBeVisible();
  }

  async startNewCase(): Promise<void> {
    await this.page.getByTestId('new-case').click();
    await expect(this.form).toBeVisible();
  }

  async fillCase(fields: {
    caseNumber: string;
    title?: string;
    court?: string;
    judge?: string;
    clerk?: string;
    asOf?: string;
  }): Promise<void> {
    for (const [name, value] of Object.entries(fields)) {
      if (value !== undefined) await this.page.getByTestId(`case-form-${name}`).fill(value);
    }
  }

  /** Fill the form and press Enter (keyboard-first). */
  async createCase(fields: {
    caseNumber: string;
    title?: string;
    court?: string;
    judge?: string;
    clerk?: string;
    asOf?: string;
  }): Promise<void> {
    await this.startNewCase();
    await this.fillCase(fields);
    await this.page.getByTestId('case-form-caseNumber').press('Enter');
  }

  fieldError(name: string): Locator {
    return this.page.getByTestId(`case-form-${name}-error`);
  }

  async openSample(): Promise<void> {
    await this.page.getByTestId('open-sample').click();
  }

  async openCase(caseNumber: string): Promise<void> {
    await this.page.getByTestId('case-link').filter({ hasText: caseNumber }).click();
  }
}
