import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

/** a certificate for 127.0.0.1 that signs itself, made with openssl into `dir` (PEM files) */
export async function makeLoopbackCertificate(
  dir: string,
): Promise<{ certPath: string; keyPath: string }> {
  const certPath = path.join(dir, 'loopback-cert.pem');
  const keyPath = path.join(dir, 'loopback-key.pem');
  await promisify(execFile)('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    keyPath,
    '-out',
    certPath,
    '-days',
    '1',
    '-subj',
    '/CN=127.0.0.1',
    '-addext',
    'subjectAltName=IP:127.0.0.1',
  ]);
  return { certPath, keyPath };
}
