import { expect, type Locator, type Page } from '@playwright/test';
import type { DifferenceType } from '../../../core/features/entry-sets/rules';

/** Page object: 双人独立核算 (#/case/<id>/double-entry). */
export class DoubleEntryPage {
  readonly root: Locator;
  readonly status: Locator;
  readonly apply: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('double-entry-page');
    this.status = page.getByTestId('diff-status');
    this.apply = page.getByTestId('entry-apply');
  }

  /** 新建清单 with the keyboard: fill, Enter. */
  async createSet(clerk: string, label = ''): Promise<void> {
    await this.page.getByTestId('entry-set-create').click();
    await this.page.getByTestId('entry-set-form-clerk').fill(clerk);
    if (label) await this.page.getByTestId('entry-set-form-label').fill(label);
    await this.page.getByTestId('entry-set-form-clerk').press('Enter');
    await expect(this.page.getByTestId('entry-set-form')).toBeHidden();
  }

  lines(side: 'a' | 'b'): Locator {
    return this.page.getByTestId(`set-${side}-row`);
  }

  async addLine(side: 'a' | 'b', date: string, amount: string): Promise<void> {
    const before = await this.lines(side).count();
    await this.page.getByTestId(`set-${side}-add`).click();
    await this.page.getByTestId(`set-${side}-form-date`).fill(date);
    await this.page.getByTestId(`set-${side}-form-amount`).fill(amount);
    await this.page.getByTestId(`set-${side}-form-amount`).press('Enter');
    await expect(this.lines(side)).toHaveCount(before + 1);
  }

  difference(type: DifferenceType): Locator {
    return this.page.locator(`[data-testid="diff-item"][data-type="${type}"]`);
  }
}
