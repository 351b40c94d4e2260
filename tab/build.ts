// Builds the Teams tab into static files the Tandem server hosts under /tab/.
// Usage: `npm run build:tab` (or `tsx tab/build.ts [outDir]`); tests call buildTab().
import { build } from 'esbuild';
import { cp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TAB_DIR = __dirname;
const PROJECT_DIR = path.resolve(TAB_DIR, '..');
const DEFAULT_OUT_DIR = path.join(PROJECT_DIR, 'build', 'tab');

// One bundle per HTML shell in tab/public; the names must match their <script src>.
const ENTRY_POINTS = {
  main: path.join(TAB_DIR, 'src', 'main.tsx'),
  config: path.join(TAB_DIR, 'src', 'config.tsx'),
};

/** Size of one emitted JavaScript bundle. */
export interface BundleSize {
  /** File name inside the output directory, e.g. `main.js`. */
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** What {@link buildTab} produced. */
export interface TabBuildResult {
  outDir: string;
  bundles: BundleSize[];
}

/**
 * Bundles the tab's entry points (minified, production React) and copies the static
 * HTML shells and pages from `tab/public` beside them. Empties `outDir` first so no
 * stale bundle is served after an entry is renamed.
 */
export async function buildTab(outDir: string = DEFAULT_OUT_DIR): Promise<TabBuildResult> {
  const target = path.resolve(outDir);
  assertSafeToEmpty(target);
  await rm(target, { recursive: true, force: true });

  const result = await build({
    entryPoints: ENTRY_POINTS,
    outdir: target,
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    tsconfig: path.join(TAB_DIR, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
    // Keep umlauts as UTF-8 rather than \u escapes: smaller, and the shells declare utf-8.
    charset: 'utf8',
    metafile: true,
    logLevel: 'warning',
  });

  await cp(path.join(TAB_DIR, 'public'), target, { recursive: true });
  const outputs = Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.js'));
  return { outDir: target, bundles: await Promise.all(outputs.map(measureBundle)) };
}

// esbuild reports outputs relative to the working directory it ran in.
async function measureBundle(output: string): Promise<BundleSize> {
  const content = await readFile(path.resolve(output));
  return {
    file: path.basename(output),
    bytes: content.length,
    gzipBytes: gzipSync(content, { level: 9 }).length,
  };
}

// buildTab empties its output directory; refuse anything that holds the project itself.
function assertSafeToEmpty(dir: string): void {
  const fromDir = path.relative(dir, PROJECT_DIR);
  if (!fromDir.startsWith('..') && !path.isAbsolute(fromDir)) {
    throw new Error(`Refusing to empty ${dir}: it contains the project`);
  }
}

function formatKiB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

async function main(): Promise<void> {
  const { outDir, bundles } = await buildTab(process.argv[2]);
  console.log(`Tab built into ${path.relative(process.cwd(), outDir) || '.'}`);
  for (const bundle of bundles) {
    const size = formatKiB(bundle.bytes).padStart(10);
    console.log(`  ${bundle.file.padEnd(12)} ${size}  gzip ${formatKiB(bundle.gzipBytes)}`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
