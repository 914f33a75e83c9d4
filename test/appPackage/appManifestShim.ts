import path from 'node:path';

// @microsoft/app-manifest requires strip-bom 5, which is ESM only: Node 20 loads it through
// require(esm), but jest 30 on Node 20 cannot. The validator never calls it, so the tests load a
// CommonJS stand-in with the same behaviour. Import this file before anything that loads
// tools/appPackage/manifestSchema.
const stripBomPath = require.resolve('strip-bom', {
  paths: [path.dirname(require.resolve('@microsoft/app-manifest'))],
});

jest.doMock(
  stripBomPath,
  () => (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text),
);
