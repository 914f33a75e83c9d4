/**
 * Renders the cards given as a JSON array on stdin with the adaptivecards HTML renderer in
 * jsdom, and writes what each shows as JSON on stdout. It runs in its own node process
 * because jsdom 29 loads ESM-only dependencies that jest's module loader can't require.
 */
import { readFileSync } from 'node:fs';
import type { AdaptiveCardJson } from '../../../src/cards';
import { renderCard, useDomRenderer } from './domRenderer';

export interface RenderedSummary {
  text: string;
  hrefs: (string | null)[];
  strongTexts: (string | null)[];
  inputs: Record<string, unknown>;
}

useDomRenderer();
// Anything the renderer logs is reported to the test, which expects nothing.
const logged: string[] = [];
for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
  console[method] = (...args: unknown[]) => logged.push(args.map(String).join(' '));
}

const cards = JSON.parse(readFileSync(0, 'utf8')) as AdaptiveCardJson[];
const rendered: RenderedSummary[] = cards.map((card) => {
  const { element, inputs } = renderCard(card);
  return {
    text: element.textContent ?? '',
    hrefs: [...element.querySelectorAll('a')].map((anchor) => anchor.getAttribute('href')),
    strongTexts: [...element.querySelectorAll('strong, b')].map((node) => node.textContent),
    inputs,
  };
});
process.stdout.write(JSON.stringify({ rendered, logged }));
