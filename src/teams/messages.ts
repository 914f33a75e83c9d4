import type { InvokeAnswer, Message } from '../app/outputs';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
const MESSAGE_CONTENT_TYPE = 'application/vnd.microsoft.activity.message';
const ERROR_CONTENT_TYPE = 'application/vnd.microsoft.error';

/** An outgoing message activity, as the connector takes it. */
export interface OutgoingMessage {
  type: 'message';
  text?: string;
  textFormat?: 'plain';
  summary?: string;
  attachments?: { contentType: string; content: object }[];
  inputHint: 'acceptingInput';
  suggestedActions?: { actions: { type: 'imBack'; title: string; value: string }[] };
}

/**
 * The application's message as a Bot Framework activity. Text goes out as plain text, so
 * whatever a person typed and the bot echoes is never read as markdown.
 */
export function toActivity(message: Message): OutgoingMessage {
  if (message.kind === 'card') {
    return {
      type: 'message',
      inputHint: 'acceptingInput',
      attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: message.card }],
      ...(message.summary ? { summary: message.summary } : {}),
    };
  }
  const suggestions = message.suggestions ?? [];
  return {
    type: 'message',
    inputHint: 'acceptingInput',
    text: message.text,
    textFormat: 'plain',
    ...(suggestions.length > 0
      ? {
          suggestedActions: {
            actions: suggestions.map((title) => ({ type: 'imBack', title, value: title })),
          },
        }
      : {}),
  };
}

/** What an invoke answers: the HTTP status and the Universal Actions response body. */
export function invokeResponse(answer: InvokeAnswer): { status: number; body: object } {
  switch (answer.kind) {
    case 'card':
      return {
        status: 200,
        body: { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: answer.card },
      };
    case 'message':
      // Teams shows a message-type response as a short notice; its value is the text itself.
      return {
        status: 200,
        body: { statusCode: 200, type: MESSAGE_CONTENT_TYPE, value: answer.text },
      };
    case 'error':
      return {
        status: answer.status,
        body: {
          statusCode: answer.status,
          type: ERROR_CONTENT_TYPE,
          value: { code: answer.code, message: answer.message },
        },
      };
  }
}
