import type { Activity } from 'botbuilder';
import { type App, createApp } from '../../../src/app';
import { handoffKey, HandoffRecord } from '../../../src/handoffs';
import type { AdaptiveCardJson } from '../../../src/cards';
import { isJsonObject } from '../../../src/cards/json';
import { FIXED_TIME } from '../../support/activities';
import { cardOf } from '../../support/appDriver';
import type { Logger } from '../../../src/logger';
import { silentLogger, testConfig } from '../../support/http';
import { cardObjects } from '../../cards/support/cardChecks';

/** The whole bot on a data folder the test owns, so a second app can open the same data. */
export interface HandoffApp {
  app: App;
  baseUrl: string;
  /** the stored handoff, read straight from storage */
  record(id: string): Promise<HandoffRecord | undefined>;
  /** the stored values, by key, read straight from storage */
  read(keys: string[]): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

/** A clock that moves one minute each time it is read, from the test kit's fixed time. */
export function steppingClock(start: Date = FIXED_TIME): () => Date {
  let minutes = 0;
  return () => new Date(start.getTime() + minutes++ * 60_000);
}

export async function startHandoffApp(
  dataDir: string,
  now = steppingClock(),
  env: Record<string, string> = {},
  logger: Logger = silentLogger(),
): Promise<HandoffApp> {
  const config = testConfig({ DATA_DIR: dataDir, ...env });
  const app = await createApp(config, logger, { port: 0, now });
  const { port } = await app.http.listen();
  const { items } = app.store;
  return {
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    record: async (id) => {
      const stored = (await items.read([handoffKey(id)])).get(handoffKey(id));
      return stored === undefined ? undefined : HandoffRecord.parse(stored.value);
    },
    read: async (keys) =>
      Object.fromEntries([...(await items.read(keys))].map(([key, { value }]) => [key, value])),
    close: () => app.http.close(),
  };
}

/** What an adaptiveCard/action invoke was answered with. */
export interface InvokeAnswer {
  status: number;
  statusCode: unknown;
  type: unknown;
  /** the card, when the answer is one */
  card?: AdaptiveCardJson;
  /** the text, when the answer is a message */
  text?: string;
}

export function invokeAnswer(result: { status: number; body: unknown }): InvokeAnswer {
  const body = result.body as { statusCode?: unknown; type?: unknown; value?: unknown };
  const isCard = body.type === 'application/vnd.microsoft.card.adaptive';
  return {
    status: result.status,
    statusCode: body.statusCode,
    type: body.type,
    ...(isCard ? { card: body.value as AdaptiveCardJson } : {}),
    ...(typeof body.value === 'string' ? { text: body.value } : {}),
  };
}

/** The card an activity carries, typed for the card checks. */
export function cardIn(activity: Partial<Activity> | undefined): AdaptiveCardJson {
  const card = cardOf(activity);
  if (card === undefined) throw new Error(`expected a card, got ${JSON.stringify(activity)}`);
  return card as AdaptiveCardJson;
}

/** What a card shows, a line per text block: a rich text block's runs joined as they read. */
export function cardLines(card: AdaptiveCardJson | undefined): string[] {
  if (card === undefined) return [];
  return cardObjects(card).flatMap(({ kind, object }) => {
    if (kind === 'TextBlock' && typeof object.text === 'string') return [object.text];
    if (kind !== 'RichTextBlock' || !Array.isArray(object.inlines)) return [];
    return [
      object.inlines
        .map((inline) =>
          isJsonObject(inline) && typeof inline.text === 'string' ? inline.text : '',
        )
        .join(''),
    ];
  });
}

/** The card's lines as one text, for `toContain`. */
export const shownText = (card: AdaptiveCardJson | undefined): string => cardLines(card).join('\n');
