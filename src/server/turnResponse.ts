/** what the adapter answered a turn with, before the server writes it */
export interface TurnAnswer {
  readonly status: number;
  readonly body: unknown;
}

export interface ErrorBody {
  readonly code: string;
  readonly message: string;
}

const PUBLIC_ERRORS: Readonly<Record<number, ErrorBody>> = {
  400: { code: 'BadRequest', message: 'The activity could not be processed.' },
  401: { code: 'Unauthorized', message: 'Missing or invalid bearer token.' },
  403: { code: 'Forbidden', message: 'This caller may not send activities to the bot.' },
  405: { code: 'MethodNotAllowed', message: 'Use POST.' },
};
const INTERNAL_ERROR: ErrorBody = {
  code: 'InternalError',
  message: 'The bot could not process this activity.',
};

/**
 * the body to send for an adapter answer. Bodies the bot produced (expectReplies, invoke
 * responses) are objects and pass through; the adapter's own failures arrive as bare error text,
 * which can name hosts or token details, so those get a fixed message for their status.
 */
export function publicBody(answer: TurnAnswer): unknown {
  if (answer.status < 400 || typeof answer.body !== 'string') return answer.body;
  return PUBLIC_ERRORS[answer.status] ?? INTERNAL_ERROR;
}
