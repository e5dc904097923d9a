import { expect, type Locator, type Page } from '@playwright/test';

/** Page object: 文书核验 (#/verify): check a signed PDF; the workstation's signing certificate. */
export class VerifyPage {
  readonly file: Locator;
  readonly result: Locator;
  readonly kind: Locator;
  readonly status: Locator;
  readonly outside: Locator;
  readonly signatures: Locator;
  readonly identity: Locator;
  readonly identityError: Locator;

  constructor(readonly page: Page) {
    this.file = page.getByTestId('verify-file');
    this.result = page.getByTestId('verify-result');
    this.kind = page.getByTestId('verify-kind');
    this.status = page.getByTestId('verify-status');
    this.outside = page.getByTestId('verify-outside');
    this.signatures = page.getByTestId('verify-signature');
    this.identity = page.getByTestId('identity-current');
    this.identityError = page.getByTestId('identity-error');
  }

  async openFromNav(): Promise<void> {
    await this.page.getByTestId('nav-verify').click();
  }

  /** Check a file from disk, or bytes under a name. */
  async check(file: string | { name: string; buffer: Buffer }): Promise<void> {
    await this.file.setInputFiles(
      typeof file === 'string' ? file : { name: file.name, mimeType: 'application/pdf', buffer: file.buffer },
    );
  }

  async expectResult(intact: boolean, registered?: boolean): Promise<void> {
    await expect(this.result).toHaveAttribute('data-intact', String(intact));
    if (registered !== undefined)
      await expect(this.result).toHaveAttribute('data-registered', String(registered));
  }

  /** Import a .p12 certificate with its passphrase. */
  async importIdentity(file: { name: string; buffer: Buffer }, passphrase: string): Promise<void> {
    await this.page
      .getByTestId('identity-file')
      .setInputFiles({ name: file.name, mimeType: 'application/x-pkcs12', buffer: file.buffer });
    await this.page.getByTestId('identity-passphrase').fill(passphrase);
    await this.page.getByTestId('identity-import').click();
  }
}
