/**
 * Builds the Teams app package: `npm run package` (env "local") or
 * `npm run package -- --env dev`. Prints the zip path, or every problem and exits 1.
 */
import { parseArgs } from 'node:util';
import { buildAppPackage } from './src/build-package';
import { PackagingError } from './src/packaging-error';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { env: { type: 'string', short: 'e', default: 'local' } } });
  const built = await buildAppPackage({ envName: values.env });
  console.log(built.zipPath);
}

main().catch((error: unknown) => {
  // Expected failures get their message only; anything else is a bug and keeps its stack.
  console.error(error instanceof PackagingError ? error.message : error);
  process.exitCode = 1;
});
