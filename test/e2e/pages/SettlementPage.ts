import { expect, type Locator, type Page } from '@playwright/test';

/** Page object: 执行和解协议 (#/case/<id>/settlement): the debt, the plan, the preview, save and export. */
export class SettlementPage {
  readonly root: Locator;
  readonly gap: Locator;
  readonly notice: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('settlement-page');
    this.gap = page.getByTestId('gap');
    this.notice = page.getByTestId('settlement-notice');
    this.list = page.getByTestId('settlement-list');
  }

  /** Any field of the page by its test id (ack-principal, title, clause-grace, item-0-date…). */
  field(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  item(n: number, field: string): Locator {
    return this.page.getByTestId(`item-${n}-${field}`);
  }

  /** 「按计算结果填写」: the acknowledged debt from the engine. */
  async fillFromEngine(): Promise<void> {
    await this.page.getByTestId('ack-fill').click();
  }

  async addItem(kind: 'lump' | 'instalments' | 'deduction' | 'inKind' | 'thirdParty'): Promise<void> {
    await this.page.getByTestId(`add-${kind}`).click();
  }

  scheduleRow(n: number): Locator {
    return this.page.getByTestId(`schedule-row-${n}`);
  }

  async open(id: number): Promise<void> {
    await this.page.getByTestId(`open-settlement-${id}`).click();
  }

  async openSigning(): Promise<void> {
    await this.page.getByTestId('settlement-sign').click();
    await expect(this.page.getByTestId('settlement-signing')).toBeVisible();
  }

  async toDistribution(): Promise<void> {
    await this.page.getByTestId('to-distribution').click();
  }

  /** The default scenario: which instalment is missed, and the judgment's date. */
  async runDefault(missedSeq: string, asOf: string): Promise<void> {
    await this.page.getByTestId('missed-seq').selectOption(missedSeq);
    await this.page.getByTestId('default-asOf').fill(asOf);
    await this.page.getByTestId('default-run').click();
  }
}

/** Page object: 执行款分配方案 (#/case/<id>/distribution): claims by class, the shares, save. */
export class DistributionPage {
  readonly root: Locator;
  readonly table: Locator;
  readonly total: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('distribution-page');
    this.table = page.getByTestId('distribution-table');
    this.total = page.getByTestId('distribution-total');
    this.list = page.getByTestId('distribution-list');
  }

  claim(n: number, field: 'creditor' | 'class' | 'amount' | 'collateral' | 'sealedOn' | 'disputed'): Locator {
    return this.page.getByTestId(`claim-${n}-${field}`);
  }

  async fillHead(title: string, amount: string): Promise<void> {
    await this.page.getByTestId('dist-title').fill(title);
    await this.page.getByTestId('dist-amount').fill(amount);
  }

  /** Fill claim `n` (added first unless it is the first one, which the page starts with). */
  async setClaim(n: number, creditor: string, amount: string, klass?: string): Promise<void> {
    if (n > 0) await this.page.getByTestId('claim-add').click();
    await this.claim(n, 'creditor').fill(creditor);
    if (klass) await this.claim(n, 'class').selectOption(klass);
    await this.claim(n, 'amount').fill(amount);
  }

  shareRow(n: number): Locator {
    return this.table.locator('tbody tr').nth(n);
  }

  /** 分配规则: 'civil508' or 'enterprise514'; and the labelled local wage-first choice. */
  async rules(ruleSet: 'civil508' | 'enterprise514', livingFirst: boolean): Promise<void> {
    await this.page.getByTestId('dist-rule-set').selectOption(ruleSet);
    await this.page.getByTestId('dist-living-first').setChecked(livingFirst);
  }

  get basis(): Locator {
    return this.page.getByTestId('distribution-basis');
  }

  get trace(): Locator {
    return this.page.getByTestId('distribution-trace');
  }

  /** The day the n-th party (debtor first, then the creditors) received the plan, as typed. */
  async served(n: number, day: string): Promise<void> {
    await this.page.getByTestId(`dist-served-${n}`).fill(day);
  }

  get deadlines(): Locator {
    return this.page.getByTestId('distribution-deadlines');
  }

  async save(): Promise<void> {
    await this.page.getByTestId('distribution-save').click();
  }
}

/** Page object: the 执行款 register on the distribution page. */
export class ReceiptsPanel {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('receipts-panel');
  }

  async add(day: string, payer: string, amount: string, reason: string): Promise<void> {
    await this.page.getByTestId('receipt-date').fill(day);
    await this.page.getByTestId('receipt-payer').fill(payer);
    await this.page.getByTestId('receipt-amount').fill(amount);
    await this.page.getByTestId('receipt-reason').fill(reason);
    await this.page.getByTestId('receipt-add').click();
  }

  row(n: number): Locator {
    return this.page.getByTestId('receipt-row').nth(n);
  }

  async payout(receiptId: number, day: string, payee: string, amount: string): Promise<void> {
    await this.page.getByTestId(`payout-date-${receiptId}`).fill(day);
    await this.page.getByTestId(`payout-payee-${receiptId}`).fill(payee);
    await this.page.getByTestId(`payout-amount-${receiptId}`).fill(amount);
    await this.page.getByTestId(`payout-add-${receiptId}`).click();
  }
}
