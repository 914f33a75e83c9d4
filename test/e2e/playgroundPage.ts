import type { Locator, Page } from 'playwright-core';

/**
 * The Agents Playground's page as a person uses it. Selectors are roles and accessible names
 * where the page has them; its generated class names change with every release.
 */

// The message editor (Lexical) is a contenteditable textbox; card inputs are plain textboxes.
const MESSAGE_EDITOR = '[role="textbox"][contenteditable="true"]';
// Cards are drawn by the adaptivecards renderer, which marks the root of every card.
const ADAPTIVE_CARD = '.ac-adaptiveCard';
// Suggested actions render with the bot's message; waiting longer only delays the fallback.
const SUGGESTED_ACTION_WAIT_MS = 5_000;

export class PlaygroundPage {
  constructor(
    readonly page: Page,
    private readonly botName: string,
    private readonly teamName: string,
  ) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.locator(MESSAGE_EDITOR).first().waitFor();
  }

  /**
   * more room for the conversation, and no log lines repeating the messages; the page opens
   * the panel again by itself now and then, so this is done before every screenshot
   */
  async hideLogPanel(): Promise<void> {
    const hide = this.page.getByRole('button', { name: 'Hide log panel' });
    if (!(await hide.isVisible())) return;
    await hide.click();
    await hide.waitFor({ state: 'hidden' });
  }

  async openPersonalChat(): Promise<void> {
    await this.page.getByRole('treeitem', { name: 'Personal Chat' }).click();
  }

  /** the team's General channel: posts are threads, and the bot only hears @mentions */
  async openChannel(): Promise<void> {
    await this.page.getByRole('treeitem', { name: `${this.teamName} - General` }).click();
    await this.newPostComposer().waitFor();
  }

  /** every Adaptive Card in `scope`, oldest first */
  cards(scope: Page | Locator = this.page): Locator {
    return scope.locator(ADAPTIVE_CARD);
  }

  /** the cards in `scope` that show a button with this title */
  cardsWithButton(title: string, scope: Page | Locator = this.page): Locator {
    return this.cards(scope).filter({
      has: this.page.getByRole('button', { name: title, exact: true }),
    });
  }

  /** personal chat: types a message and sends it with Enter */
  async send(text: string): Promise<void> {
    await this.page.locator(MESSAGE_EDITOR).click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  /** a suggested action under the bot's latest message */
  suggestedAction(title: string): Locator {
    return this.page.getByRole('button', { name: title, exact: true }).last();
  }

  /**
   * answers with a suggested action. The Playground shows them only while the bot's message is
   * the last one, and now and then it files the person's previous message after the bot's fast
   * reply, which hides them; a person would then type the choice, which is what the button sends.
   */
  async chooseSuggestedAction(title: string): Promise<'tapped' | 'typed'> {
    const button = this.suggestedAction(title);
    try {
      await button.click({ timeout: SUGGESTED_ACTION_WAIT_MS });
      return 'tapped';
    } catch (error) {
      if ((await button.count()) > 0) throw error;
      await this.send(title);
      return 'typed';
    }
  }

  /** the "Start a new post" box at the top of the channel */
  newPostComposer(): Locator {
    return this.page
      .getByRole('group')
      .filter({ has: this.page.getByRole('button', { name: 'Post', exact: true }) });
  }

  /** every thread in the channel, newest first */
  threads(): Locator {
    return this.page
      .getByRole('group')
      .filter({ has: this.page.getByRole('button', { name: 'Send Message', exact: true }) });
  }

  /** the newest thread whose first post @mentions the bot with exactly `text` */
  thread(text: string): Locator {
    return this.threads()
      .filter({ has: this.page.getByText(`${this.botName} ${text}`, { exact: true }) })
      .first();
  }

  /** starts a thread: "@bot text", posted; returns the thread */
  async postMention(text: string): Promise<Locator> {
    const composer = this.newPostComposer();
    await this.typeMention(composer.locator(MESSAGE_EDITOR), text);
    await composer.getByRole('button', { name: 'Post', exact: true }).click();
    const thread = this.thread(text);
    await thread.waitFor();
    return thread;
  }

  /** answers in a thread: "@bot text", sent with Enter */
  async replyWithMention(thread: Locator, text: string): Promise<void> {
    await this.typeMention(thread.locator(MESSAGE_EDITOR), text);
    await this.page.keyboard.press('Enter');
  }

  /** "@" and the start of the name open the people picker; picking the bot inserts the mention */
  private async typeMention(editor: Locator, text: string): Promise<void> {
    await editor.click();
    await this.page.keyboard.type(`@${this.botName.split(' ')[0]}`);
    await this.page
      .getByRole('listbox', { name: 'Typeahead menu' })
      .getByRole('menuitem', { name: this.botName })
      .first()
      .click();
    await this.page.keyboard.type(` ${text}`);
  }
}
