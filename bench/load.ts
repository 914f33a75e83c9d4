import autocannon from 'autocannon';

/** One virtual user's conversation: each step's text, and what its reply must contain. */
export interface ConversationStep {
  text: string;
  expect: string;
}

export interface LoadResult {
  turnsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  /** replies that did not contain what the step expected */
  wrongReplies: number;
  completedConversations: number;
}

/**
 * Drives `/api/messages` with expectReplies bodies: every connection is a virtual user walking
 * through `steps` again and again, each pass in a new conversation.
 */
export async function drive(
  baseUrl: string,
  steps: ConversationStep[],
  options: { connections: number; seconds: number; label: string },
): Promise<LoadResult> {
  let wrongReplies = 0;
  let completed = 0;
  let nextConversation = 0;
  const requests = steps.map((step, index): autocannon.Request => ({
    method: 'POST',
    path: '/api/messages',
    headers: { 'content-type': 'application/json' },
    setupRequest: (request, context) => {
      const user = context as { conversation?: string };
      if (index === 0) user.conversation = `a:${options.label}-${nextConversation++}`;
      return { ...request, body: JSON.stringify(activity(String(user.conversation), step.text)) };
    },
    onResponse: (status: number, body: string) => {
      if (status !== 200 || !body.includes(step.expect)) wrongReplies++;
      else if (index === steps.length - 1) completed++;
    },
  }));
  const result = await autocannon({
    url: baseUrl,
    connections: options.connections,
    duration: options.seconds,
    requests,
  });
  return {
    turnsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    wrongReplies,
    completedConversations: completed,
  };
}

function activity(conversationId: string, text: string) {
  return {
    type: 'message',
    id: `m-${Math.random().toString(36).slice(2)}`,
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    deliveryMode: 'expectReplies',
    from: { id: `29:${conversationId}`, name: 'Bench User' },
    recipient: { id: '28:bench-bot', name: 'Handoff Advisor' },
    conversation: { id: conversationId, conversationType: 'personal', tenantId: 'bench' },
    channelData: { tenant: { id: 'bench' } },
    text,
    textFormat: 'plain',
  };
}
