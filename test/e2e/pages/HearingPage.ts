import { expect, type Locator, type Page } from '@playwright/test';

type Upload = { name: string; mimeType: string; buffer: Buffer };

/**
 * Page object: the operator's petition hearing (#/case/<id>/hearing/<hearingId>): setup, attendees,
 * the item list and its import, attachments, then the stages walked by keyboard and the conclusion.
 */
export class HearingPage {
  readonly root: Locator;
  readonly state: Locator;
  readonly items: Locator;
  readonly importRows: Locator;
  readonly attachments: Locator;
  readonly itemStatus: Locator;
  readonly itemTitle: Locator;
  readonly attachmentError: Locator;
  readonly explanations: Locator;
  readonly questions: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('hearing-page');
    this.state = page.getByTestId('hearing-state');
    this.items = page.getByTestId('item-row');
    this.importRows = page.getByTestId('item-import-row');
    this.attachments = page.getByTestId('attachment');
    this.itemStatus = page.getByTestId('item-status');
    this.itemTitle = page.getByTestId('item-title');
    this.attachmentError = page.getByTestId('attachment-error');
    this.explanations = page.getByTestId('explanations').locator('li');
    this.questions = page.getByTestId('question');
  }

  summary(line: 'accepted' | 'objected' | 'open'): Locator {
    return this.page.getByTestId(`summary-${line}`);
  }

  /** 「听证」 → 「新建听证」 on the case page; returns the new hearing's id. */
  async createFromCase(): Promise<number> {
    await this.page.getByTestId('hearing-new').click();
    await this.expectState('DRAFT');
    return Number(/hearing\/(\d+)/.exec(this.page.url())![1]);
  }

  async expectState(state: string): Promise<void> {
    await expect(this.root).toHaveAttribute('data-state', state);
  }

  async setup(details: { title: string; date: string; place: string }): Promise<void> {
    await this.page.getByTestId('setup-title').fill(details.title);
    await this.page.getByTestId('setup-date').fill(details.date);
    await this.page.getByTestId('setup-place').fill(details.place);
    await this.page.getByTestId('setup-save').click();
    await expect(this.page.getByTestId('setup-title')).toHaveValue(details.title);
  }

  attendees(kind?: string): Locator {
    return kind
      ? this.page.locator(`[data-testid="attendee"][data-kind="${kind}"]`)
      : this.page.getByTestId('attendee');
  }

  async addAttendee(kind: string, name: string, panelRole?: string): Promise<void> {
    await this.page.getByTestId('attendee-kind').selectOption(kind);
    if (panelRole) await this.page.getByTestId('attendee-panel-role').selectOption(panelRole);
    await this.page.getByTestId('attendee-name').fill(name);
    await this.page.getByTestId('attendee-add').click();
    await expect(this.attendees().filter({ hasText: name })).toHaveCount(1);
  }

  /** Choose an item table: its rows are previewed, nothing is saved yet. */
  async chooseItems(file: Upload): Promise<void> {
    await this.page.getByTestId('item-import-file').setInputFiles(file);
  }

  get importConfirm(): Locator {
    return this.page.getByTestId('item-import-confirm');
  }

  async selectItem(n: number): Promise<void> {
    await this.items.nth(n).click();
  }

  async attach(file: Upload): Promise<void> {
    await this.page.getByTestId('attachment-file').setInputFiles(file);
  }

  /** A circle drawn with the mouse on the shown photo, from 30 % to 40 % of its box. */
  async circle(): Promise<void> {
    const box = (await this.page.getByTestId('annotation-layer').boundingBox())!;
    await this.page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.3);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.4, { steps: 4 });
    await this.page.mouse.up();
  }

  async showAttachment(kind: 'photo' | 'video' | 'pdf'): Promise<void> {
    await this.page.locator(`[data-testid="attachment"][data-kind="${kind}"]`).click();
  }

  async video(action: 'play' | 'pause'): Promise<void> {
    await this.page.getByTestId(`video-${action}`).click();
  }

  get blankButton(): Locator {
    return this.page.getByTestId('hearing-blank');
  }

  async start(): Promise<void> {
    await this.page.getByTestId('hearing-start').click();
    await this.expectState('IN_SESSION');
  }

  async present(): Promise<void> {
    await this.page.getByTestId('hearing-present').click();
  }

  /** Keys go to the page, not to the last button clicked or field typed in. */
  async unfocus(): Promise<void> {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  }

  /** S, once per stage, waiting for each. */
  async walkStages(stages: readonly string[]): Promise<void> {
    await this.unfocus();
    for (const stage of stages) {
      await this.page.keyboard.press('s');
      await expect(this.root).toHaveAttribute('data-stage', stage);
    }
  }

  async next(): Promise<void> {
    await this.page.keyboard.press('ArrowRight');
  }

  async explain(text: string): Promise<void> {
    await this.page.getByTestId('explanation-text').fill(text);
    await this.page.getByTestId('explain').click();
  }

  /** O, the objection typed into the focused box, then 「有异议」. */
  async object(statement: string): Promise<void> {
    await this.page.keyboard.press('o');
    await expect(this.page.getByTestId('objection-text')).toBeFocused();
    await this.page.keyboard.type(statement);
    await this.page.getByTestId('respond-objects').click();
  }

  /** A: the current item is accepted. */
  async accept(): Promise<void> {
    await this.page.keyboard.press('a');
  }

  /** Q, the question typed into the focused box, then 「提问」. */
  async ask(question: string): Promise<void> {
    await this.page.keyboard.press('q');
    await expect(this.page.getByTestId('question-text')).toBeFocused();
    await this.page.keyboard.type(question);
    await this.page.getByTestId('question-add').click();
  }

  async conclude(text: string): Promise<void> {
    await this.page.getByTestId('conclusion-text').fill(text);
    await this.page.getByTestId('conclusion-save').click();
  }

  async finish(): Promise<void> {
    await this.page.getByTestId('hearing-finish').click();
  }

  async openSigning(): Promise<void> {
    await this.page.getByTestId('hearing-sign').click();
  }
}
