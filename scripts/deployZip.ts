/**
 * The code to upload to App Service (`npm run deploy:zip`, which builds first):
 * build/deploy/handoff-advisor-app.zip, for
 * `az webapp deploy --resource-group <group> --name <app> --src-path build/deploy/handoff-advisor-app.zip --type zip`.
 */
import path from 'node:path';
import { buildDeployZip } from '../tools/deploy/deployZip';

const root = path.resolve(__dirname, '..');
const outputPath = path.join(root, 'build', 'deploy', 'handoff-advisor-app.zip');

buildDeployZip({ root, outputPath }).then(
  (result) => {
    if (!result.ok) {
      process.stderr.write(
        `The deployment zip was not written:\n${result.errors.map((error) => `  - ${error}`).join('\n')}\n`,
      );
      process.exitCode = 1;
      return;
    }
    process.stdout.write(
      `Wrote ${path.relative(process.cwd(), result.zipPath)} (${result.files.join(', ')})\n`,
    );
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
