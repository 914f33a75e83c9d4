/**
 * The baseline for `npm run bench`: the minimal echo bot on the advisor's stack, written as the
 * Bot Framework samples write it — restify with its body parser, a stock CloudAdapter and
 * `adapter.process` — with no state, no rubric and none of the advisor's own host.
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import * as restify from 'restify';
import { EchoBot } from './echo';

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const bot = new EchoBot();
const server = restify.createServer();
server.use(restify.plugins.bodyParser());
server.get('/healthz', (_req: restify.Request, res: restify.Response, next: restify.Next) => {
  res.send(200, { status: 'ok' });
  next();
});
server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
  await adapter.process(req, res, (context) => bot.run(context));
});
server.listen(Number(process.env.PORT ?? 3978), '127.0.0.1');
process.once('SIGTERM', () => server.close(() => process.exit(0)));
