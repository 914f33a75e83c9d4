import type { InvokeAnswer, MeetingNotice, Message } from '../app/outputs';
import { COMPOSE_INVOKES } from './composeExtension';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
const MESSAGE_CONTENT_TYPE = 'application/vnd.microsoft.activity.message';
const ERROR_CONTENT_TYPE = 'application/vnd.microsoft.error';
const THUMBNAIL_CONTENT_TYPE = 'application/vnd.microsoft.card.thumbnail';
/** A dialog sized for the facts form (Teams' named sizes: small, medium, large). */
const DIALOG_SIZE = { height: 'large', width: 'medium' } as const;
/** The meeting stage shows the notification's page at this size (pixels, as text). */
const NOTICE_SIZE = { height: '300', width: '400' } as const;

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

/**
 * What an invoke answers: the HTTP status and the body in the shape its kind of invoke takes.
 * Card actions take Universal Actions responses; a message extension's action command takes a
 * dialog (task module) or a compose extension result, its search command a list of results.
 * A notice or a refusal is shown where that kind of invoke shows text.
 */
export function invokeResponse(
  answer: InvokeAnswer,
  invokeName: string | undefined,
): { status: number; body?: object } {
  if (invokeName === COMPOSE_INVOKES.query) return searchResponse(answer);
  if (invokeName === COMPOSE_INVOKES.fetchTask || invokeName === COMPOSE_INVOKES.submitAction) {
    return actionResponse(answer);
  }
  return cardActionResponse(answer);
}

function cardActionResponse(answer: InvokeAnswer): { status: number; body?: object } {
  switch (answer.kind) {
    case 'card':
      return {
        status: 200,
        body: { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: answer.card },
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
    default:
      // Teams shows a message-type response as a short notice; its value is the text itself.
      return {
        status: 200,
        body: { statusCode: 200, type: MESSAGE_CONTENT_TYPE, value: textOf(answer) },
      };
  }
}

/** An action command: a dialog, a preview to edit or send, a line in the dialog, or nothing. */
function actionResponse(answer: InvokeAnswer): { status: number; body?: object } {
  switch (answer.kind) {
    case 'dialog':
      return {
        status: 200,
        body: {
          task: {
            type: 'continue',
            value: { title: answer.title, ...DIALOG_SIZE, card: attachment(answer.card) },
          },
        },
      };
    case 'preview':
      return {
        status: 200,
        body: {
          composeExtension: {
            type: 'botMessagePreview',
            activityPreview: { type: 'message', attachments: [attachment(answer.card)] },
          },
        },
      };
    case 'done':
      return { status: 200, body: {} };
    case 'error':
      return { status: answer.status, body: { task: { type: 'message', value: answer.message } } };
    default:
      return { status: 200, body: { task: { type: 'message', value: textOf(answer) } } };
  }
}

/** A search command: the results as a list (each inserts its card), or one line of text. */
function searchResponse(answer: InvokeAnswer): { status: number; body?: object } {
  if (answer.kind === 'searchResults') {
    const attachments = answer.results.map((result) => ({
      ...attachment(result.card),
      preview: {
        contentType: THUMBNAIL_CONTENT_TYPE,
        content: { title: result.title, text: result.text },
      },
    }));
    return {
      status: 200,
      body: { composeExtension: { type: 'result', attachmentLayout: 'list', attachments } },
    };
  }
  const text = answer.kind === 'error' ? answer.message : textOf(answer);
  const status = answer.kind === 'error' ? answer.status : 200;
  return { status, body: { composeExtension: { type: 'message', text } } };
}

function textOf(answer: InvokeAnswer): string {
  if (answer.kind === 'message') return answer.text;
  if (answer.kind === 'error') return answer.message;
  return '';
}

const attachment = (content: object) => ({ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content });

/**
 * A targeted meeting notification (POST v1/meetings/{meetingId}/notification): the people it is
 * for, by their Teams ids, and the page the meeting stage shows them, on behalf of who acted.
 */
export function meetingNotification(notice: MeetingNotice) {
  return {
    type: 'targetedMeetingNotification' as const,
    value: {
      recipients: notice.recipients.slice(0, 10).map((person) => person.id),
      surfaces: [
        {
          surface: 'meetingStage' as const,
          contentType: 'task' as const,
          content: { value: { ...NOTICE_SIZE, title: notice.title, url: notice.url } },
        },
      ],
    },
    channelData: {
      onBehalfOf: [
        {
          itemid: 0,
          mentionType: 'person',
          mri: notice.from.id,
          displayName: notice.from.name,
        },
      ],
    },
  };
}
