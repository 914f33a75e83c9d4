import * as AC from 'adaptivecards';
import { JSDOM } from 'jsdom';
import type { AdaptiveCardJson } from '../../../src/cards';

/**
 * Renders cards with the adaptivecards HTML renderer (the one web hosts such as Microsoft 365
 * Agents Playground use) in jsdom. Call once per test file: it sets the DOM globals the
 * renderer reads, and a small markdown step like a host's, so that text the host would
 * treat as markdown shows up as such.
 */
export function useDomRenderer(): void {
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { url: 'http://localhost/' });
  const globals = globalThis as Record<string, unknown>;
  const window = dom.window as unknown as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(dom.window)) {
    if (!(key in globalThis)) globals[key] = window[key];
  }
  globals.window = dom.window;
  globals.document = dom.window.document;
  // jsdom has no layout, so no innerText: the renderer only needs it to read and write text.
  Object.defineProperty(dom.window.HTMLElement.prototype, 'innerText', {
    get(this: HTMLElement) {
      return this.textContent ?? '';
    },
    set(this: HTMLElement, value: string) {
      this.textContent = value;
    },
  });
  AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = escapeHtml(text)
      .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '<a href="$2">$1</a>')
      .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
    result.didProcess = true;
  };
}

export interface RenderedCard {
  element: HTMLElement;
  inputs: Record<string, unknown>;
}

export function renderCard(json: AdaptiveCardJson): RenderedCard {
  const card = new AC.AdaptiveCard();
  card.parse(json);
  const element = card.render();
  if (element === undefined) throw new Error('the card did not render');
  const inputs = Object.fromEntries(card.getAllInputs().map((input) => [input.id, input.value]));
  return { element, inputs };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
