import type { Response as AdapterResponse } from 'botbuilder';

/** what the adapter decided to answer, held back so the server can write it in one place */
export interface TurnAnswer {
  readonly status: number;
  readonly body: unknown;
}

export interface CapturedResponse {
  /** the object handed to `adapter.process` in place of the HTTP response */
  readonly response: AdapterResponse;
  answer(): TurnAnswer;
}

/**
 * a stand-in response for `CloudAdapter.process`, which writes the status, an optional body and
 * then ends. Capturing it lets the server give auth and internal errors a uniform JSON shape
 * instead of the adapter's raw error text.
 */
export function captureResponse(socket: unknown): CapturedResponse {
  let status = 200;
  let body: unknown;
  const response: AdapterResponse = {
    socket,
    status(code: unknown) {
      if (typeof code === 'number') status = code;
      return response;
    },
    send(...args: unknown[]) {
      body = args[0];
      return response;
    },
    header() {
      return response;
    },
    end() {
      return response;
    },
  };
  return { response, answer: () => ({ status, body }) };
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
