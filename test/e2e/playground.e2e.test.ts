import type { Locator } from 'playwright-core';
import { type RunningApp, startApp } from '../support/app';
import {
  CHROMIUM_PATH,
  type ChromiumSession,
  chromiumAvailable,
  launchChromium,
} from '../support/chromium';
import {
  PLAYGROUND_BOT_NAME,
  PLAYGROUND_TEAM_NAME,
  PLAYGROUND_USER_ID,
  type RunningPlayground,
  startPlayground,
} from '../support/playground';
import { COMPOSE_COMMANDS, SEARCH_PARAMETER } from '../../src/app/composeCommands';
import { e2eGate } from './gate';
import { PlaygroundPage } from './playgroundPage';
import { resetScreenshotDir, StepScreenshots } from './screenshots';

/**
 * Handoff Advisor in a real Teams-like client: the real bot (SQLite storage, CloudAdapter,
 * HTTP server) behind Microsoft 365 Agents Playground, driven in Chromium the way a person
 * would. Screenshots of every step go to test-results/e2e/.
 */

const START_TIMEOUT_MS = 90_000;
const STEP_TIMEOUT_MS = 60_000;
const UI_TIMEOUT_MS = 20_000;

/** The questions in personal chat, in the order the bot asks them, and how a person answers. */
const QUALIFYING_STEPS: readonly { question: RegExp; tap?: string; type?: string }[] = [
  { question: /support contract/i, tap: 'Yes' },
  { question: /pre-sales or post-sales/i, tap: 'Post-sales' },
  { question: /GPU or restricted SKUs/i, tap: 'No' },
  { question: /vCPUs are in the largest quota group/i, type: '600' },
];

const ONE_LINER = '3 subscriptions, 2 regions, 14 SKUs, $60K a month, GPU, contract, post-sales';
const PARTIAL_ONE_LINER = '3 subscriptions, 2 regions';

// Titles on the bot's cards that tell them apart.
const WELCOME_BUTTON = 'Assess an account';
const RESULT_BUTTON = 'Edit answers';
const FORM_SUBMIT = 'Get the recommendation';
const HANDOFF_HEADING = 'Capacity governance handoff';
const PREVIEW_BUTTON = 'Preview the handoff';
/** The message extension's commands, as the manifest names them (the Playground asks for them). */
const HAND_OFF_COMMAND = COMPOSE_COMMANDS.handOff;
const ASK_COMMAND = COMPOSE_COMMANDS.searchAnswers;
const ASK_PARAMETER = SEARCH_PARAMETER;
/** The facts form's numbers for the Contoso customer, by label. */
const FORM_NUMBERS: readonly [string, string][] = [
  ['Subscriptions', '3'],
  ['Regions', '2'],
  ['Distinct VM SKUs', '14'],
  ['vCPUs in the largest quota group', '600'],
  ['Capacity spend per month (USD)', '60000'],
];

const gate = e2eGate({
  chromiumPath: CHROMIUM_PATH,
  chromiumFound: chromiumAvailable(),
  env: process.env,
});

if (gate.kind === 'run') {
  describe('Handoff Advisor in the Agents Playground', defineEndToEndTests);
} else {
  it('runs the end-to-end test in the Agents Playground', () => {
    throw new Error(gate.reason);
  });
}

function defineEndToEndTests(): void {
  let app: RunningApp | undefined;
  let playground: RunningPlayground | undefined;
  let browser: ChromiumSession | undefined;
  let ui: PlaygroundPage;
  let shots: StepScreenshots;

  beforeAll(async () => {
    resetScreenshotDir();
    app = await startApp();
    playground = await startPlayground({ botEndpoint: `${app.baseUrl}/api/messages` });
    // Wide enough for the chat list (narrower hides it), tall enough that the longest card fits
    // (a larger element makes the screenshot resize the page, which reopens the log panel).
    browser = await launchChromium({ viewport: { width: 1400, height: 1800 } });
    const page = await browser.context.newPage();
    page.setDefaultTimeout(UI_TIMEOUT_MS);
    ui = new PlaygroundPage(page, PLAYGROUND_BOT_NAME, PLAYGROUND_TEAM_NAME);
    shots = new StepScreenshots(page, () => ui.hideLogPanel());
    await ui.open(playground.url);
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    // Each one is stopped even when another fails to stop.
    const stopped = await Promise.allSettled([browser?.close(), playground?.stop()]);
    await app?.close();
    for (const result of stopped) if (result.status === 'rejected') throw result.reason;
  }, START_TIMEOUT_MS);

  it(
    'personal chat: the welcome card, the qualifying questions one at a time, the result card',
    async () => {
      await ui.openPersonalChat();
      await shots.step('personal-welcome', () => ui.cardsWithButton(WELCOME_BUTTON).waitFor());

      await ui.send('assess');
      const answeredBy: string[] = [];
      for (const [index, step] of QUALIFYING_STEPS.entries()) {
        const number = index + 1;
        await shots.step(`personal-question-${number}`, () =>
          ui.page.getByText(step.question).last().waitFor(),
        );
        await shots.step(`personal-answer-${number}`, async () => {
          if (step.tap) {
            const how = await ui.chooseSuggestedAction(step.tap);
            answeredBy.push(how);
            if (how === 'typed') await shots.take(`personal-answer-${number}-typed-buttons-hidden`);
          } else if (step.type) await ui.send(step.type);
        });
      }
      // Typing stands in only when the Playground hid the buttons; some must have been tapped.
      expect(answeredBy).toContain('tapped');

      const result = ui.cardsWithButton(RESULT_BUTTON).last();
      await shots.step('personal-result', () => result.waitFor());
      const text = await result.innerText();
      expect(text).toContain('Who should own this conversation');
      expect(text).toContain('Customer Success Architect');
      await expectButtons(result, [RESULT_BUTTON, 'Start over']);
      await shots.takeForDocs(result, 'result-card.png');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'personal chat: "Edit answers" replaces the result card with the form, answers filled in',
    async () => {
      await ui
        .cardsWithButton(RESULT_BUTTON)
        .last()
        .getByRole('button', { name: RESULT_BUTTON, exact: true })
        .click();

      const form = ui.cardsWithButton(FORM_SUBMIT).last();
      await shots.step('personal-edit-answers', () => form.waitFor());
      // Action.Execute answers with a card that takes the old one's place.
      expect(await ui.cardsWithButton(RESULT_BUTTON).count()).toBe(0);
      expect(await form.getByRole('radio', { name: 'Post-sales' }).isChecked()).toBe(true);
      expect(await yesNo(form, /support contract/, 'Yes').isChecked()).toBe(true);
      expect(await yesNo(form, /GPU/, 'No').isChecked()).toBe(true);
      expect(await numberInput(form, 'vCPUs in the largest quota group').inputValue()).toBe('600');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'channel: an @mention one-liner is answered in its thread with the result card',
    async () => {
      await ui.openChannel();
      const thread = await ui.postMention(ONE_LINER);

      const result = ui.cardsWithButton(RESULT_BUTTON, thread);
      await shots.step('channel-one-liner', () => result.waitFor());
      expect(await result.innerText()).toContain('Who should own this conversation');
      // The answer is a reply in the thread, not a post of its own.
      expect(
        await ui
          .threads()
          .filter({ has: ui.cardsWithButton(RESULT_BUTTON) })
          .count(),
      ).toBe(1);
      await shots.takeForDocs(thread, 'channel-one-liner.png');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'channel: "handoff" in that thread posts the handoff card there',
    async () => {
      const thread = ui.thread(ONE_LINER);
      await ui.replyWithMention(thread, 'handoff');
      const handoff = ui.cards(thread).filter({ hasText: HANDOFF_HEADING });
      await shots.step('channel-handoff', () => handoff.waitFor());
      expect(await handoff.innerText()).toContain('Recommended owner');
      await shots.takeForDocs(handoff, 'handoff-card.png');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'channel: a partial one-liner gets the form; a bad value comes back listed; corrected, the result',
    async () => {
      await ui.openChannel();
      const thread = await ui.postMention(PARTIAL_ONE_LINER);
      const form = ui.cardsWithButton(FORM_SUBMIT, thread);
      await shots.step('channel-form', () => form.waitFor());
      expect(await numberInput(form, 'Subscriptions').inputValue()).toBe('3');
      expect(await numberInput(form, 'Regions').inputValue()).toBe('2');

      // The client itself enforces each input's minimum, so the bad value is one only the bot
      // can refuse: subscriptions must be a whole number.
      await form.getByRole('radio', { name: 'Post-sales' }).check();
      await yesNo(form, /support contract/, 'Yes').check();
      await yesNo(form, /GPU/, 'No').check();
      await numberInput(form, 'Subscriptions').fill('2.5');
      await numberInput(form, 'Distinct VM SKUs').fill('14');
      await numberInput(form, 'vCPUs in the largest quota group').fill('600');
      await numberInput(form, 'Capacity spend per month (USD)').fill('60000');
      await form.getByRole('button', { name: FORM_SUBMIT }).click();

      const problems = form.filter({ hasText: 'Some answers need fixing' });
      await shots.step('channel-form-bad-value', () => problems.waitFor());
      expect(await problems.innerText()).toContain('Subscriptions: 2.5 is not a whole number.');
      // What was typed stays in its input, to correct.
      expect(await numberInput(form, 'Subscriptions').inputValue()).toBe('2.5');

      await numberInput(form, 'Subscriptions').fill('3');
      await form.getByRole('button', { name: FORM_SUBMIT }).click();
      const result = ui.cardsWithButton(RESULT_BUTTON, thread);
      await shots.step('channel-form-corrected', () => result.waitFor());
      expect(await result.innerText()).toContain('Who should own this conversation');
      expect(await ui.cardsWithButton(FORM_SUBMIT, thread).count()).toBe(0);
    },
    STEP_TIMEOUT_MS,
  );

  // A dialog a failed step left open would hide the page from the steps after it.
  afterEach(() => ui.closeDialogs(), UI_TIMEOUT_MS);

  it(
    'group chat: "handoff … to @Megan" proposes it to her, named on the card',
    async () => {
      await ui.openGroupChat();
      await ui.sendMentioning(`handoff Contoso: ${ONE_LINER} to`, 'Megan Bowen');
      const handoff = ui.cards().filter({ hasText: 'Proposed to Megan Bowen' }).last();
      await shots.step('group-handoff-proposed-to', () => handoff.waitFor());
      const text = await handoff.innerText();
      expect(text).toContain('Proposed to Megan Bowen: waiting for them to accept it');
      expect(text).toContain('Megan Bowen, it is yours to accept or decline.');
      // Accept is hers alone: the card everyone else sees has none.
      await expectButtons(handoff, ['Refresh']);
      expect(await handoff.getByRole('button', { name: 'Accept', exact: true }).count()).toBe(0);
      await shots.takeForDocs(handoff, 'handoff-proposed-to.png');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    '"Hand off" from the compose box: the facts form in a dialog; a bad value comes back; the preview is asked for',
    async () => {
      await ui.openGroupChat();
      const dialog = await ui.startActionCommand(HAND_OFF_COMMAND, 'compose');
      const form = ui.cards(dialog);
      await shots.step('compose-hand-off-form', () =>
        form.getByRole('button', { name: PREVIEW_BUTTON }).waitFor(),
      );
      await form.getByRole('radio', { name: 'Post-sales' }).check();
      await yesNo(form, /support contract/, 'Yes').check();
      await yesNo(form, /GPU/, 'No').check();
      await yesNo(form, /coordinated/, 'Yes').check();
      for (const [label, value] of FORM_NUMBERS) await numberInput(form, label).fill(value);
      await numberInput(form, 'Subscriptions').fill('2.5');
      await form.getByRole('button', { name: PREVIEW_BUTTON }).click();

      // composeExtension/submitAction answered with the form again (task "continue").
      const problems = ui.cards(dialog).filter({ hasText: 'Some answers need fixing' });
      await shots.step('compose-hand-off-bad-value', () => problems.waitFor());
      expect(await problems.innerText()).toContain('Subscriptions: 2.5 is not a whole number.');

      await numberInput(problems, 'Subscriptions').fill('3');
      await problems.getByRole('button', { name: PREVIEW_BUTTON }).click();
      // The Playground cannot show a bot message preview (Teams does): it says so in its log,
      // and in the dialog, which is closed to read the log.
      await ui.page.getByRole('dialog').getByText('Unable to reach app').waitFor();
      await ui.closeDialogs();
      await ui.showLogPanel();
      await shots.step('compose-hand-off-preview', () =>
        ui.page
          .getByText(/botMessagePreview response from Message Extension app is not supported/)
          .first()
          .waitFor(),
      );
      // The bot kept what the preview would post, for "Send".
      const drafts = await draftsOf(app!);
      expect(drafts).toEqual([
        expect.objectContaining({
          facts: expect.objectContaining({ subscriptions: 3, regions: 2, vmSkus: 14 }),
        }),
      ]);
      await ui.closeDialogs();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    '"Hand off" from a message\'s "…" menu: the form with the facts read from the message, and which',
    async () => {
      await ui.openGroupChat();
      const notes = `Fabrikam: ${PARTIAL_ONE_LINER}, 14 SKUs, $60K a month, GPU, post-sales`;
      await ui.send(notes);
      const dialog = await ui.startActionCommand(HAND_OFF_COMMAND, { message: notes });
      const form = ui.cards(dialog).filter({ hasText: 'I read these from the message:' });
      await shots.step('message-hand-off-form', () => form.waitFor());
      const found = await form.innerText();
      for (const fact of [
        'Account name',
        'Sales stage',
        'Subscriptions',
        'Regions',
        'Distinct VM SKUs',
        'GPU or restricted SKUs',
      ]) {
        expect(found).toContain(fact);
      }
      expect(await numberInput(form, 'Subscriptions').inputValue()).toBe('3');
      expect(await numberInput(form, 'Distinct VM SKUs').inputValue()).toBe('14');
      expect(await yesNo(form, /GPU/, 'Yes').isChecked()).toBe(true);
      await shots.takeForDocs(dialog, 'hand-off-from-message.png');
      await ui.closeDialogs();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    '"Ask" in the compose box: FAQ answers listed as results; the one chosen is inserted and sent',
    async () => {
      await ui.openGroupChat();
      const search = await ui.startSearchCommand(ASK_COMMAND, ASK_PARAMETER);
      await search.fill('how do partners get support');
      const panel = ui.searchPanel();
      const result = panel.getByText('What support options does a partner have?').first();
      await shots.step('compose-ask-results', () => result.waitFor());
      expect(await panel.innerText()).toContain('How does a partner open a support request');
      await shots.takeForDocs(panel, 'ask-results.png');
      await result.click();
      await ui.page.getByRole('button', { name: 'Send Message', exact: true }).click();
      const sent = ui.cards().filter({ hasText: 'You asked: how do partners get support' }).last();
      await shots.step('compose-ask-sent', () => sent.waitFor());
      const text = await sent.innerText();
      expect(text).toContain('What support options does a partner have?');
      expect(text).toMatch(/Source: .+\(003_/);
    },
    STEP_TIMEOUT_MS,
  );
}

/** The previews of handoffs the Playground's user has not sent yet, as the bot keeps them. */
async function draftsOf(app: RunningApp): Promise<unknown[]> {
  const key = `msteams/users/${PLAYGROUND_USER_ID}/`;
  const item = (await app.app.store.items.read([key])).get(key)?.value as
    { advisor?: { handoffDrafts?: unknown[] } } | undefined;
  return item?.advisor?.handoffDrafts ?? [];
}

/** a number input by its label; the label gains the hint when the bot marks it as bad */
function numberInput(card: Locator, label: string): Locator {
  return card.getByRole('spinbutton', { name: new RegExp(`^${escapeRegExp(label)}`) });
}

/** one answer of a yes/no question, found by the question's label */
function yesNo(card: Locator, label: RegExp, answer: 'Yes' | 'No'): Locator {
  return card
    .getByRole('radiogroup', { name: label })
    .getByRole('radio', { name: answer, exact: true });
}

async function expectButtons(card: Locator, titles: readonly string[]): Promise<void> {
  for (const title of titles) {
    expect(await card.getByRole('button', { name: title, exact: true }).count()).toBe(1);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
