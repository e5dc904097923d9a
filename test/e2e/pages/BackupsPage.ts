import { expect, type Locator, type Page } from '@playwright/test';

type Kind = 'auto' | 'manual' | 'pre-restore';

/** Page object: 备份与恢复 (#/backups), which is also the whole app in recovery mode. */
export class BackupsPage {
  readonly root: Locator;
  readonly rows: Locator;
  readonly createButton: Locator;
  readonly notice: Locator;
  readonly dialog: Locator;
  readonly word: Locator;
  readonly confirm: Locator;
  readonly restored: Locator;
  readonly problem: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('backups-page');
    this.rows = page.getByTestId('backup-row');
    this.createButton = page.getByTestId('backup-create');
    this.notice = page.getByTestId('backups-notice');
    this.dialog = page.getByTestId('restore-dialog');
    this.word = page.getByTestId('restore-word');
    this.confirm = page.getByTestId('restore-confirm');
    this.restored = page.getByTestId('backups-restored');
    this.problem = page.getByTestId('recovery-problem');
  }

  async openFromNav(): Promise<void> {
    await this.page.getByTestId('nav-backups').click();
    await expect(this.root).toBeVisible();
  }

  row(kind: Kind): Locator {
    return this.page.locator(`[data-testid="backup-row"][data-kind="${kind}"]`);
  }

  cases(row: Locator): Locator {
    return row.locator('[data-col="cases"]');
  }

  async create(): Promise<void> {
    await this.createButton.click();
  }

  /** 恢复此备份… on a row: the confirmation box opens. */
  async startRestore(row: Locator): Promise<void> {
    await row.getByTestId('backup-restore').click();
    await expect(this.dialog).toBeVisible();
  }

  async toCases(): Promise<void> {
    await this.page.getByTestId('backups-to-cases').click();
  }
}
