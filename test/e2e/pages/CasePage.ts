import { expect, type Locator, type Page } from '@playwright/test';

type Section = 'parties' | 'obligations' | 'payments' | 'excluded';

/** Page object: one case with its parties, obligations, payments and excluded-interval tables. */
export class CasePage {
  readonly root: Locator;
  readonly caseNumber: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('case-page');
    this.caseNumber = page.getByTestId('case-number');
  }

  async expectLoaded(caseNumber: string): Promise<void> {
    await expect(this.root).toBeVisible();
    await expect(this.caseNumber).toHaveText(caseNumber);
  }

  rows(section: Section): Locator {
    return this.page.getByTestId(`${section}-row`);
  }

  field(section: Section, name: string): Locator {
    return this.page.getByTestId(`${section}-form-${name}`);
  }

  fieldError(section: Section, name: string): Locator {
    return this.page.getByTestId(`${section}-form-${name}-error`);
  }

  form(section: Section): Locator {
    return this.page.getByTestId(`${section}-form`);
  }

  /** Open the add form, fill text inputs / selects by field name, submit with Enter. */
  async add(section: Section, values: Record<string, string>): Promise<void> {
    const form = this.form(section);
    if (!(await form.isVisible())) await this.page.getByTestId(`${section}-add`).click();
    await expect(form).toBeVisible();
    let last: Locator | null = null;
    for (const [name, value] of Object.entries(values)) {
      const input = this.field(section, name);
      const tag = await input.evaluate((el) => el.tagName);
      if (tag === 'SELECT') await input.selectOption(value);
      else {
        await input.fill(value);
        last = input;
      }
    }
    await (last ?? this.field(section, Object.keys(values)[0]!)).press('Enter');
  }

  async addAndWait(section: Section, values: Record<string, string>): Promise<void> {
    const before = await this.rows(section).count();
    await this.add(section, values);
    await expect(this.form(section)).toBeHidden();
    await expect(this.rows(section)).toHaveCount(before + 1);
  }

  async cancel(section: Section): Promise<void> {
    await this.form(section).press('Escape');
    await expect(this.form(section)).toBeHidden();
  }

  /** Delete a row with the two-step button (delete, then confirm). */
  async deleteRow(section: Section, row: Locator): Promise<void> {
    const before = await this.rows(section).count();
    await row.getByTestId(`${section}-delete`).click();
    await row.getByTestId(`${section}-confirm-delete`).click();
    await expect(this.rows(section)).toHaveCount(before - 1);
  }

  total(section: 'obligations' | 'payments'): Locator {
    return this.page.getByTestId(`${section}-total`);
  }
}
