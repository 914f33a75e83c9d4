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

  async openGroupChat(): Promise<void> {
    await this.page.getByRole('treeitem', { name: 'Group Chat' }).click();
    await this.page.locator(MESSAGE_EDITOR).first().waitFor();
  }

  /** the log panel again, to read what went back and forth */
  async showLogPanel(): Promise<void> {
    const hide = this.page.getByRole('button', { name: 'Hide log panel' });
    if (await hide.isVisible()) return;
    await this.page.getByRole('button', { name: 'Toggle Log Panel' }).click();
    await hide.waitFor();
  }

  /** closes whatever dialog is open (a message extension's), with its close button */
  async closeDialogs(): Promise<void> {
    const open = this.page.getByRole('dialog');
    for (let attempt = 0; attempt < 3 && (await open.count()) > 0; attempt++) {
      // The close button is the first in the dialog's title bar.
      await open.first().getByRole('button').first().click({ timeout: 2_000 });
      await open
        .first()
        .waitFor({ state: 'hidden', timeout: 2_000 })
        .catch(() => undefined);
    }
  }

  /**
   * A message extension's action command, as the Playground starts one: from the compose box's
   * "+", or from the "…" menu of the message with this text, with its command id, fetching its
   * dialog. Returns the dialog, once it shows the app's card.
   */
  async startActionCommand(
    commandId: string,
    from: 'compose' | { message: string },
  ): Promise<Locator> {
    if (from === 'compose') {
      await this.page.getByRole('button', { name: 'Trigger Message Extension App' }).click();
    } else {
      const more = this.page.getByRole('button', { name: 'Show more information' });
      // The innermost element that holds both the message's text and its "…" button.
      const message = this.page
        .locator('div')
        .filter({ hasText: from.message })
        .filter({ has: more })
        .last();
      await message.hover();
      await message.getByRole('button', { name: 'Show more information' }).click();
    }
    await this.page.getByRole('menuitem', { name: 'Action Command' }).click();
    const setup = this.page.getByRole('dialog');
    await setup.getByPlaceholder('Input command id or leave blanks').fill(commandId);
    await setup.getByRole('radio', { name: /Adaptive Cards/ }).check();
    await setup.getByRole('button', { name: 'Create' }).click();
    const dialog = this.page.getByRole('dialog').filter({ has: this.cards() });
    await dialog.waitFor();
    return dialog;
  }

  /** a message extension's search command with its command id and parameter: its search box */
  async startSearchCommand(commandId: string, parameterName: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Trigger Message Extension App' }).click();
    await this.page.getByRole('menuitem', { name: 'Search Command' }).click();
    await this.page.getByText('Specify Command ID or Parameter').click();
    await this.page.getByRole('textbox', { name: 'Command ID' }).fill(commandId);
    await this.page.getByRole('textbox', { name: 'Parameter name' }).fill(parameterName);
    // Folded away again, the panel has room for the results.
    await this.page.getByText('Specify Command ID or Parameter').click();
    const search = this.page.getByPlaceholder('Enter a search term');
    await search.waitFor();
    return search;
  }

  /** the search command's panel, with its results */
  searchPanel(): Locator {
    return this.page
      .getByText('Search-Based Message Extension', { exact: true })
      .locator('xpath=ancestor::div[.//input[@placeholder="Enter a search term"]][1]');
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

  /** a chat message that @mentions the bot, then says `text`, then @mentions `person`: sent */
  async sendMentioning(text: string, person: string): Promise<void> {
    const editor = this.page.locator(MESSAGE_EDITOR);
    await this.typeMention(editor, text);
    await this.page.keyboard.type(' ');
    await this.pickMention(person);
    await this.page.keyboard.press('Enter');
  }

  private async pickMention(name: string): Promise<void> {
    await this.page.keyboard.type(`@${name.split(' ')[0]}`);
    await this.page
      .getByRole('listbox', { name: 'Typeahead menu' })
      .getByRole('menuitem', { name })
      .first()
      .click();
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
