// Builds the Teams tab into static files the Tandem server hosts under /tab/.
// Usage: `npm run build:tab` (or `tsx tab/build.ts [outDir]`); tests call buildTab().
import { build, type Metafile } from 'esbuild';
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

/**
 * What the browser downloads for one load: an entry page's JavaScript with the chunks it
 * imports statically, or what a lazy `import()` (HR's dashboard) adds on top of its page.
 */
export interface BundleSize {
  /** `main`, `config`, or the lazily loaded module's name, e.g. `main → dashboard-page`. */
  load: string;
  files: string[];
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

  // One build per page: with code splitting, esbuild keeps in a chunk shared by several
  // entries every Fluent component any of them uses (the barrel import is one module), so
  // the setup page's form fields would weigh on every journey tab.
  const outputs: Outputs = {};
  for (const [name, entry] of Object.entries(ENTRY_POINTS)) {
    const result = await build({
      entryPoints: { [name]: entry },
      outdir: target,
      bundle: true,
      minify: true,
      // ES modules so HR's dashboard (and its chart library) loads as a separate chunk only
      // when an admin opens it: the pinned journey tab every pair opens stays small.
      format: 'esm',
      splitting: true,
      chunkNames: 'chunk-[hash]',
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
    Object.assign(outputs, result.metafile.outputs);
  }

  await cp(path.join(TAB_DIR, 'public'), target, { recursive: true });
  return { outDir: target, bundles: await measureLoads(outputs) };
}

type Outputs = Metafile['outputs'];

// Each entry page with its static imports, then each lazy import with what it adds.
async function measureLoads(outputs: Outputs): Promise<BundleSize[]> {
  const loads: { load: string; files: string[] }[] = [];
  for (const [file, output] of Object.entries(outputs)) {
    if (!output.entryPoint || !file.endsWith('.js')) continue;
    const page = path.basename(file, '.js');
    if (!Object.values(ENTRY_POINTS).some((entry) => output.entryPoint && path.resolve(output.entryPoint) === entry))
      continue;
    const initial = staticClosure(outputs, file);
    loads.push({ load: page, files: [...initial] });
    for (const lazy of output.imports.filter((i) => i.kind === 'dynamic-import')) {
      const added = [...staticClosure(outputs, lazy.path)].filter((f) => !initial.has(f));
      const name = path.basename(outputs[lazy.path]?.entryPoint ?? lazy.path).replace(/\.tsx?$/, '');
      loads.push({ load: `${page} → ${name}`, files: added });
    }
  }
  return Promise.all(loads.map(measureLoad));
}

function staticClosure(outputs: Outputs, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const imported of outputs[file]?.imports ?? [])
    if (imported.kind === 'import-statement') staticClosure(outputs, imported.path, seen);
  return seen;
}

// esbuild reports outputs relative to the working directory it ran in.
async function measureLoad({ load, files }: { load: string; files: string[] }): Promise<BundleSize> {
  const contents = await Promise.all(files.map((file) => readFile(path.resolve(file))));
  return {
    load,
    files: files.map((file) => path.basename(file)),
    bytes: contents.reduce((sum, content) => sum + content.length, 0),
    // Each file travels compressed on its own, so the gzipped sizes add up per file.
    gzipBytes: contents.reduce((sum, content) => sum + gzipSync(content, { level: 9 }).length, 0),
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
    console.log(
      `  ${bundle.load.padEnd(24)} ${size}  gzip ${formatKiB(bundle.gzipBytes)}  (${bundle.files.length} files)`,
    );
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
