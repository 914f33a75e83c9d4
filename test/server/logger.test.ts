import { withTurn } from '../../src/logger';
import { teamsActivities } from '../support/activities';
import { captureLogs } from '../support/http';

const teams = teamsActivities({ serviceUrl: 'http://127.0.0.1:9/' });

describe('withTurn', () => {
  it('carries the activity id as correlation id, the conversation type and the activity type', () => {
    const logs = captureLogs('info');
    const message = teams.channelMessage('the customer spends $60K a month on GPUs');
    withTurn(logs.logger, message).info('turn started');

    expect(logs.lines()[0]).toMatchObject({
      msg: 'turn started',
      correlationId: message.id,
      conversationType: 'channel',
      activityType: 'message',
      level: 'info',
    });
    expect(logs.text()).not.toContain('$60K');
  });

  it('names the invoke, which identifies the card action without its data', () => {
    const logs = captureLogs('info');
    const action = teams.cardAction({ verb: 'accept', data: { account: 'Contoso' } });
    withTurn(logs.logger, action).info('turn started');
    expect(logs.lines()[0]).toMatchObject({
      activityType: 'invoke',
      activityName: 'adaptiveCard/action',
    });
    expect(logs.text()).not.toContain('Contoso');
  });

  it('makes up a uuid when the activity has no id', () => {
    const logs = captureLogs('info');
    withTurn(logs.logger, { type: 'message' }).info('a');
    withTurn(logs.logger, { type: 'message' }).info('b');
    const [a, b] = logs.lines().map((line) => line.correlationId);
    expect(a).toMatch(/^[0-9a-f-]{36}$/);
    expect(a).not.toBe(b);
  });
});

describe('createLogger', () => {
  it('redacts authorization headers, passwords and connection strings', () => {
    const logs = captureLogs('info');
    logs.logger.info(
      {
        req: { headers: { authorization: 'Bearer eyJ.secret' } },
        headers: { authorization: 'Bearer eyJ.secret' },
        password: 'hunter2',
        config: {
          auth: { appPassword: 'hunter2' },
          storage: { connectionString: 'AccountKey=abc' },
        },
        env: { MicrosoftAppPassword: 'hunter2', BLOB_CONNECTION_STRING: 'AccountKey=abc' },
      },
      'secrets everywhere',
    );
    const text = logs.text();
    expect(text).not.toContain('eyJ.secret');
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('AccountKey');
    expect(text).toContain('[redacted]');
  });

  it('writes nothing below its level', () => {
    const logs = captureLogs('warn');
    logs.logger.info('quiet');
    logs.logger.warn('loud');
    expect(logs.lines().map((line) => line.msg)).toEqual(['loud']);
  });
});
