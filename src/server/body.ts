import type { IncomingMessage } from 'node:http';
import { type CheckedActivity, readActivity as readCheckedActivity } from '../teams/activity';

/** why a body was refused, as the HTTP status and the `{ code, message }` the caller receives */
export interface BodyRejection {
  readonly status: 400 | 413 | 415;
  readonly code: string;
  readonly message: string;
}

export type BodyResult =
  ({ readonly ok: true } & CheckedActivity) | ({ readonly ok: false } & BodyRejection);

const reject = (status: BodyRejection['status'], code: string, message: string): BodyResult => ({
  ok: false,
  status,
  code,
  message,
});

const tooLarge = (maxBytes: number) =>
  reject(413, 'PayloadTooLarge', `Request body is larger than ${maxBytes} bytes.`);

function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0].trim().toLowerCase();
}

/**
 * reads a JSON activity of at most `maxBytes` from the request. Only `application/json` is
 * accepted: a browser cannot send that cross-origin without a preflight, so a web page cannot
 * drive a bot listening on loopback.
 */
export async function readActivity(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  if (mediaType(req.headers['content-type']) !== 'application/json') {
    return reject(415, 'UnsupportedMediaType', 'Content-Type must be application/json.');
  }
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity') {
    return reject(415, 'UnsupportedMediaType', 'Send the body uncompressed (no Content-Encoding).');
  }
  const declared = Number(req.headers['content-length'] ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    req.resume(); // discard the body so the connection can still carry the answer
    return tooLarge(maxBytes);
  }

  const raw = await readLimited(req, maxBytes);
  if (raw === 'too-large') return tooLarge(maxBytes);

  let json: unknown;
  try {
    json = JSON.parse(raw.toString('utf8'));
  } catch {
    return reject(400, 'InvalidJson', 'Request body is not valid JSON.');
  }
  const reading = readCheckedActivity(json);
  if (!reading.ok) {
    const problems = reading.problems.map((problem) =>
      problem.field === 'the body'
        ? `it ${problem.problem}`
        : `"${problem.field}" ${problem.problem}`,
    );
    return reject(
      400,
      'NotAnActivity',
      `Request body is not a Bot Framework activity: ${problems.join('; ')}.`,
    );
  }
  return { ok: true, activity: reading.activity, tenantId: reading.tenantId };
}

/** the body as bytes, or 'too-large' as soon as it passes `maxBytes` (the rest is discarded) */
function readLimited(req: IncomingMessage, maxBytes: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, rejectRead) => {
    const chunks: Buffer[] = [];
    let received = 0;

    const cleanUp = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) {
        cleanUp();
        req.resume();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanUp();
      resolve(Buffer.concat(chunks));
    };
    const onError = (error: Error) => {
      cleanUp();
      rejectRead(error);
    };

    // A client that goes away mid-body never sends 'end'.
    const onClose = () =>
      onError(new Error('the client closed the request before sending all of it'));

    req.on('data', onData);
    req.once('end', onEnd);
    req.once('error', onError);
    req.once('close', onClose);
  });
}
