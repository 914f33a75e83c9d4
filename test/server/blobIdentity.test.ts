import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { type AzuriteServer, startAzurite } from '../support/azurite';
import { makeTempDir, removeTempDir } from '../support/tempDir';

// Blob storage signed in with a managed identity, as far as that goes offline: Azurite over https
// with OAuth on, the bot's own configuration path, and a stand-in for DefaultAzureCredential.

const ROOT = path.resolve(__dirname, '..', '..');
const CHILD = path.join(__dirname, 'fixtures', 'blobIdentityChild.ts');
const IDENTITY = '0b5e5c8f-6d1e-4a3b-9c2d-7e8f9a0b1c2d';
const run = promisify(execFile);

const Outcome = z.union([
  z.object({
    ok: z.literal(true),
    read: z.record(z.string(), z.unknown()),
    asked: z.object({ scopes: z.array(z.string()), identity: z.string().optional() }),
    description: z.string(),
  }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);

let dir: string;
let azurite: AzuriteServer;
beforeAll(async () => {
  dir = await makeTempDir('blob-identity');
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  // A certificate for 127.0.0.1 that only this test's child process trusts.
  await run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '1',
    '-keyout',
    key,
    '-out',
    cert,
    '-subj',
    '/CN=127.0.0.1',
    '-addext',
    'subjectAltName=IP:127.0.0.1',
  ]);
  azurite = await startAzurite({ tls: { certPath: cert, keyPath: key }, oauth: true });
}, 60_000);
afterAll(async () => {
  await azurite?.stop();
  await removeTempDir(dir);
});

async function openWith(env: Record<string, string>) {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', CHILD], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_EXTRA_CA_CERTS: path.join(dir, 'cert.pem'),
      STORAGE: 'blob',
      BLOB_ACCOUNT_URL: `https://127.0.0.1:${azurite.port}/devstoreaccount1`,
      ...env,
    },
    timeout: 30_000,
  });
  return Outcome.parse(JSON.parse(stdout));
}

describe('blob storage with a managed identity', () => {
  it('signs in as the configured identity, for Azure Storage, and reads what it wrote', async () => {
    const outcome = await openWith({ BLOB_CONTAINER: 'identity-state', AZURE_CLIENT_ID: IDENTITY });
    expect(outcome).toEqual({
      ok: true,
      read: { 'identity-check': expect.objectContaining({ answer: 42 }) },
      asked: { scopes: ['https://storage.azure.com/.default'], identity: IDENTITY },
      description: `blob:https://127.0.0.1:${azurite.port}/devstoreaccount1/identity-state`,
    });
  }, 40_000);

  it("signs in as the bot's own identity with UserAssignedMSI", async () => {
    const outcome = await openWith({
      BLOB_CONTAINER: 'bot-identity-state',
      MicrosoftAppId: IDENTITY,
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppTenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
    });
    expect(outcome).toMatchObject({ ok: true, asked: { identity: IDENTITY } });
  }, 40_000);

  it("says what to check when storage refuses the identity's token", async () => {
    const outcome = await openWith({
      BLOB_CONTAINER: 'refused-state',
      TOKEN_AUDIENCE: 'https://management.azure.com',
    });
    expect(outcome).toEqual({
      ok: false,
      message: expect.stringMatching(
        /refused the bot: the identity's token was refused \(HTTP 403 AuthenticationFailed\): check that the identity is in the storage account's tenant/,
      ),
    });
  }, 40_000);
});
