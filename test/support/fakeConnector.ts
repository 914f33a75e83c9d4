import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { Activity } from 'botbuilder';

/** what a call to the connector did */
export type ConnectorCallKind =
  | 'send' // POST /v3/conversations/:id/activities
  | 'reply' // POST /v3/conversations/:id/activities/:replyToId
  | 'update' // PUT /v3/conversations/:id/activities/:activityId
  | 'delete' // DELETE /v3/conversations/:id/activities/:activityId
  | 'createConversation' // POST /v3/conversations
  | 'getMember' // GET /v3/conversations/:id/members/:memberId
  | 'meetingNotification' // POST /v1/meetings/:meetingId/notification
  | 'other';

export interface ConnectorCall {
  readonly kind: ConnectorCallKind;
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly conversationId?: string;
  /** the activity replied to, updated or deleted */
  readonly activityId?: string;
  readonly body: unknown;
  /** the body, for sends, replies and updates */
  readonly activity?: Partial<Activity>;
}

/** a send, reply or update: an activity the bot posted */
export interface PostedActivity extends ConnectorCall {
  readonly kind: 'send' | 'reply' | 'update';
  readonly conversationId: string;
  readonly activity: Partial<Activity>;
}

export interface FakeConnector {
  /** the serviceUrl to put on incoming activities (ends with '/') */
  readonly url: string;
  /** every call, in order */
  readonly calls: readonly ConnectorCall[];
  /** every activity posted, in order */
  activities(): PostedActivity[];
  /**
   * the next `count` activities not yet taken by an earlier call, waiting for them if needed.
   * Activities already received count: the bot usually posts before the HTTP turn returns.
   */
  nextActivities(count: number, timeoutMs?: number): Promise<PostedActivity[]>;
  /** the next proactive conversation created, waiting for it if needed */
  nextConversationCreated(timeoutMs?: number): Promise<ConnectorCall>;
  /** the people in every conversation, as getMember finds them (by Teams id or Entra object id) */
  setMembers(members: readonly MemberAccount[]): void;
  /** how the meeting notification API answers from now on: 202, or a refusal with this status */
  setMeetingNotifications(answer: 'accept' | { refuse: number }): void;
  /** the meeting notifications asked for, in order */
  meetingNotifications(): ConnectorCall[];
  /** forgets every call and resets the cursors (the members and the notification answer stay) */
  reset(): void;
  close(): Promise<void>;
}

/** someone getMember finds: a Teams user id, the Entra object id, a name */
export interface MemberAccount {
  readonly id: string;
  readonly name: string;
  readonly aadObjectId?: string;
}

const DEFAULT_TIMEOUT_MS = 5_000;

interface Waiter {
  readonly ready: () => boolean;
  readonly wake: () => void;
}

const POSTED_KINDS: readonly ConnectorCallKind[] = ['send', 'reply', 'update'];

const isPosted = (call: ConnectorCall): call is PostedActivity =>
  POSTED_KINDS.includes(call.kind) && call.activity !== undefined;

// The bot's own activities come from botbuilder: any JSON object is taken as one.
const isActivityBody = (body: unknown): body is Partial<Activity> =>
  typeof body === 'object' && body !== null && !Array.isArray(body);

/** which connector operation a request is, from its method and path segments */
function classify(method: string, segments: readonly string[]): ConnectorCallKind {
  const [version, collection, , sub] = segments;
  if (version === 'v1' && collection === 'meetings' && sub === 'notification') {
    return method === 'POST' && segments.length === 4 ? 'meetingNotification' : 'other';
  }
  if (version !== 'v3' || collection !== 'conversations') return 'other';
  if (sub === 'members' && segments.length === 5 && method === 'GET') return 'getMember';
  if (segments.length === 2) return method === 'POST' ? 'createConversation' : 'other';
  if (sub !== 'activities') return 'other';
  if (segments.length === 4) return method === 'POST' ? 'send' : 'other';
  if (segments.length !== 5) return 'other';
  const byMethod: Record<string, ConnectorCallKind> = {
    POST: 'reply',
    PUT: 'update',
    DELETE: 'delete',
  };
  return byMethod[method] ?? 'other';
}

/** a stand-in for the Bot Connector on 127.0.0.1 with an ephemeral port */
export async function startFakeConnector(): Promise<FakeConnector> {
  const calls: ConnectorCall[] = [];
  let waiters: Waiter[] = [];
  let activityCursor = 0;
  let conversationCursor = 0;
  let sequence = 0;
  let members: readonly MemberAccount[] = [];
  let notificationAnswer: 'accept' | { refuse: number } = 'accept';

  const notify = () => {
    const stillWaiting: Waiter[] = [];
    for (const waiter of waiters) {
      if (waiter.ready()) waiter.wake();
      else stillWaiting.push(waiter);
    }
    waiters = stillWaiting;
  };

  const respond = (res: ServerResponse, status: number, body?: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = text === '' ? undefined : JSON.parse(text);
      } catch {
        body = text;
      }
      const method = req.method ?? 'GET';
      const path = new URL(req.url ?? '/', 'http://connector').pathname;
      const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
      const kind = classify(method, segments);
      const [, , conversationId, , activityId] = segments;

      const call: ConnectorCall = {
        kind,
        method,
        path,
        headers: req.headers,
        body,
        ...(conversationId !== undefined && kind !== 'createConversation'
          ? { conversationId }
          : {}),
        ...(activityId !== undefined ? { activityId } : {}),
        ...(POSTED_KINDS.includes(kind) && isActivityBody(body) ? { activity: body } : {}),
      };
      calls.push(call);
      notify();

      sequence += 1;
      switch (kind) {
        case 'send':
        case 'reply':
          return respond(res, 200, { id: `posted-${sequence}` });
        case 'update':
          return respond(res, 200, { id: activityId });
        case 'delete':
          return respond(res, 200);
        case 'createConversation':
          return respond(res, 201, {
            id: `a:created-${sequence}`,
            activityId: `posted-${sequence}`,
            serviceUrl: url,
          });
        case 'getMember': {
          const wanted = segments[4];
          const member = members.find((m) => m.id === wanted || m.aadObjectId === wanted);
          return member
            ? respond(res, 200, { ...member, userRole: 'user', tenantId: 'tenant' })
            : respond(res, 404, {
                error: { code: 'MemberNotFoundInConversation', message: 'Member not found' },
              });
        }
        case 'meetingNotification':
          return notificationAnswer === 'accept'
            ? respond(res, 202, {})
            : respond(res, notificationAnswer.refuse, {
                error: { code: 'BadSyntax', message: 'The meeting is not in progress' },
              });
        default:
          return respond(res, 404, { error: { code: 'NotFound', message: `${method} ${path}` } });
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string')
    throw new Error('fake connector: no TCP port');
  const url = `http://127.0.0.1:${address.port}/`;

  const waitFor = (ready: () => boolean, describe: () => string, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      if (ready()) return resolve();
      const timer = setTimeout(() => {
        waiters = waiters.filter((waiter) => waiter !== entry);
        reject(new Error(`fake connector: ${describe()} within ${timeoutMs} ms`));
      }, timeoutMs);
      const entry: Waiter = {
        ready,
        wake: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      waiters.push(entry);
    });

  const posted = () => calls.filter(isPosted);
  const created = () => calls.filter((call) => call.kind === 'createConversation');

  return {
    url,
    calls,
    activities: posted,
    async nextActivities(count, timeoutMs = DEFAULT_TIMEOUT_MS) {
      const start = activityCursor;
      await waitFor(
        () => posted().length >= start + count,
        () =>
          `expected ${count} more activities, got ${posted().length - start}: ` +
          JSON.stringify(
            posted()
              .slice(start)
              .map((call) => summarize(call.activity)),
          ),
        timeoutMs,
      );
      activityCursor = start + count;
      return posted().slice(start, start + count);
    },
    async nextConversationCreated(timeoutMs = DEFAULT_TIMEOUT_MS) {
      const start = conversationCursor;
      await waitFor(
        () => created().length > start,
        () => 'expected a conversation to be created, none was',
        timeoutMs,
      );
      conversationCursor = start + 1;
      return created()[start];
    },
    setMembers(list) {
      members = list;
    },
    setMeetingNotifications(answer) {
      notificationAnswer = answer;
    },
    meetingNotifications: () => calls.filter((call) => call.kind === 'meetingNotification'),
    reset() {
      calls.length = 0;
      activityCursor = 0;
      conversationCursor = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function summarize(activity: Partial<Activity>): Record<string, unknown> {
  return { type: activity.type, text: activity.text, attachments: activity.attachments?.length };
}
