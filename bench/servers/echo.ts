import { ActivityHandler, MessageFactory } from 'botbuilder';

/** The bench's baseline bot: answers every message with its text, keeps nothing. */
export class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(MessageFactory.text(`echo: ${context.activity.text ?? ''}`));
      await next();
    });
  }
}
