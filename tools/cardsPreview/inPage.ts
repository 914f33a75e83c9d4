/// <reference lib="dom" />
// This module's functions run inside the preview page, where the DOM and the renderer exist.
import type * as AdaptiveCardsModule from 'adaptivecards';

/** What the page holds once the renderer's UMD build and the markdown step are added. */
interface PageGlobals {
  AdaptiveCards: typeof AdaptiveCardsModule;
  formatMarkdown: (text: string) => string;
}

export interface InPageRequest {
  card: unknown;
  hostConfig: unknown;
  slotId: string;
}

/**
 * Renders one card into the slot, replacing the previous one, as a host would: its host config,
 * card version 1.5 (Teams' highest) and a markdown step. Returns what went wrong: the parser's
 * and the validator's complaints (hints aside), or a render that produced nothing.
 *
 * Sent to the page as source: it may use only its argument and the page's globals.
 */
export function renderInPage({ card: json, hostConfig, slotId }: InPageRequest): string[] {
  const page = globalThis as unknown as PageGlobals;
  const AC = page.AdaptiveCards;
  AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = page.formatMarkdown(text);
    result.didProcess = true;
  };
  const card = new AC.AdaptiveCard();
  card.hostConfig = new AC.HostConfig(hostConfig);
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json, context);

  const problems: string[] = [];
  const events: AdaptiveCardsModule.IValidationEvent[] = [];
  for (let index = 0; index < context.eventCount; index++) events.push(context.getEventAt(index));
  events.push(...card.validateProperties().validationEvents);
  // Teams renders its people picker (Data.Query over graph.microsoft.com/users) in 1.5 cards;
  // the library knows `choices.data` only from 1.6, and a picker has no fixed choices.
  const peoplePicker = JSON.stringify(json).includes('"dataset":"graph.microsoft.com/users"');
  const pickerEvent = (event: AdaptiveCardsModule.IValidationEvent) =>
    peoplePicker &&
    (event.message.includes('"choices.data"') ||
      event.event === AC.ValidationEvent.CollectionCantBeEmpty);
  for (const event of events) {
    if (event.event === AC.ValidationEvent.Hint || pickerEvent(event)) continue;
    problems.push(`${AC.ValidationEvent[event.event]}: ${event.message}`);
  }

  const slot = document.getElementById(slotId);
  if (slot === null) return [...problems, `the page has no #${slotId}`];
  const element = card.render();
  if (element === undefined) return [...problems, 'render() produced no element'];
  slot.replaceChildren(element);
  return problems;
}
