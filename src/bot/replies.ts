import { type Activity, CardFactory, MessageFactory } from 'botbuilder';

/** An Adaptive Card (plain JSON from src/cards) as a message. */
export function cardMessage(card: object, summary?: string): Partial<Activity> {
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  // The summary shows in notifications and chat lists; it is ours, never user text.
  if (summary) activity.summary = summary;
  return activity;
}

/** Plain text that Teams must not read as markdown (it may echo what someone typed). */
export function plainMessage(text: string): Partial<Activity> {
  return { ...MessageFactory.text(text), textFormat: 'plain' };
}
