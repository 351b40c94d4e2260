import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseEnvText } from '../../manifest/src/read-env-file';
import { bicepOutputs, readBicep } from './bicep-source';

/**
 * Reads the Agents Toolkit project files (m365agents*.yml, env templates) and models what each
 * action needs and writes, the way the Toolkit resolves `${{VAR}}` placeholders.
 */

export const REPO_ROOT = join(__dirname, '..', '..');

/** One action of a lifecycle, as written in the yml. */
export interface ToolkitAction {
  uses: string;
  name?: string;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}

export interface ToolkitProject {
  file: string;
  provision: ToolkitAction[];
  deploy: ToolkitAction[];
  publish: ToolkitAction[];
}

/** An env template split at its "# Written by provision" line. */
export interface EnvTemplate {
  /** Keys the person deploying sets (or the Toolkit prompts for). */
  inputs: Record<string, string>;
  /** Keys the Toolkit writes back during provision; empty in the template. */
  generated: Record<string, string>;
}

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const GENERATED_MARKER = /^#\s*Written by provision/m;

/** Parses a Toolkit yml file from the repository root. */
export function readProject(file: string): ToolkitProject {
  const doc = parse(readFileSync(join(REPO_ROOT, file), 'utf8')) as Partial<
    Record<'provision' | 'deploy' | 'publish', ToolkitAction[]>
  >;
  return { file, provision: doc.provision ?? [], deploy: doc.deploy ?? [], publish: doc.publish ?? [] };
}

/** Reads env/.env.<name> plus the optional env/.env.<name>.user.sample (its keys are inputs too). */
export function readEnvTemplate(envName: string): EnvTemplate {
  const text = readFileSync(join(REPO_ROOT, 'env', `.env.${envName}`), 'utf8');
  const marker = GENERATED_MARKER.exec(text);
  const head = marker ? text.slice(0, marker.index) : text;
  const tail = marker ? text.slice(marker.index) : '';
  const samplePath = join(REPO_ROOT, 'env', `.env.${envName}.user.sample`);
  const sample = existsSync(samplePath) ? parseEnvText(readFileSync(samplePath, 'utf8'), samplePath) : {};
  return { inputs: { ...parseEnvText(head), ...sample }, generated: parseEnvText(tail) };
}

/** Every `${{VAR}}` name in a string, object or array. */
export function placeholdersIn(value: unknown): string[] {
  if (typeof value === 'string') return [...value.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
  if (Array.isArray(value)) return value.flatMap(placeholdersIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(placeholdersIn);
  return [];
}

/** Placeholders in a file of the repository (parameters, AAD manifest, Teams manifest). */
export function placeholdersInFile(relativePath: string): string[] {
  return placeholdersIn(readFileSync(join(REPO_ROOT, relativePath), 'utf8'));
}

/** All ARM parameters files next to azure.bicep: the default and its documented alternatives. */
export function parametersFiles(): string[] {
  return readdirSync(join(REPO_ROOT, 'infra'))
    .filter((name) => /^azure\.parameters(\.[\w-]+)?\.json$/.test(name))
    .map((name) => `infra/${name}`);
}

/**
 * What an action reads: the placeholders in its `with`, and those in the files it loads
 * (the Toolkit expands placeholders in ARM parameters, AAD manifests and Teams manifests too).
 */
export function actionReads(action: ToolkitAction): string[] {
  const reads = placeholdersIn(action.with ?? {});
  const withArgs = action.with ?? {};
  if (action.uses === 'arm/deploy') reads.push(...parametersFiles().flatMap(placeholdersInFile));
  if (
    action.uses === 'aadApp/update' ||
    action.uses.startsWith('teamsApp/validateManifest') ||
    action.uses === 'teamsApp/zipAppPackage'
  ) {
    reads.push(...placeholdersInFile(String(withArgs.manifestPath)));
  }
  return [...new Set(reads)];
}

/**
 * What an action writes into the env: its `writeToEnvironmentFile` names, plus what the
 * Toolkit writes on its own (ARM outputs upper-cased, generated ids, script output lines).
 */
export function actionWrites(action: ToolkitAction, envSoFar: Record<string, string>): string[] {
  const writes = Object.values(action.writeToEnvironmentFile ?? {});
  switch (action.uses) {
    case 'teamsApp/create':
      writes.push('TEAMS_APP_TENANT_ID');
      break;
    case 'aadApp/update':
      // Generated when the manifest uses it and the env has none yet.
      writes.push('AAD_APP_ACCESS_AS_USER_PERMISSION_ID');
      break;
    case 'arm/deploy':
      for (const template of (action.with?.templates ?? []) as Array<{ path: string }>) {
        writes.push(...bicepOutputs(readBicep(join(REPO_ROOT, template.path))).map((name) => name.toUpperCase()));
      }
      break;
    case 'script':
      writes.push(...Object.keys(runScriptAction(action, envSoFar)));
      break;
  }
  return writes;
}

/**
 * Runs a `script` action's `node <file>` command and reads its `::set-teamsfx-env` lines.
 * Scripts that never print such a line (staging the deployment) are not run.
 */
export function runScriptAction(action: ToolkitAction, env: Record<string, string>): Record<string, string> {
  const [command, ...args] = String(action.with?.run ?? '').split(/\s+/);
  if (command !== 'node' || args[0] === undefined)
    throw new Error(`only "node <script>" script actions are modelled, got "${String(action.with?.run)}"`);
  if (!readFileSync(join(REPO_ROOT, args[0]), 'utf8').includes('::set-teamsfx-env')) return {};
  const stdout = execFileSync(process.execPath, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return Object.fromEntries(
    [...stdout.matchAll(/^::set-teamsfx-env\s+(\w+)=(.*)$/gm)].map((m) => [m[1] ?? '', (m[2] ?? '').trim()]),
  );
}

/** Set by the Toolkit itself for every run. */
const TOOLKIT_BUILT_INS = ['TEAMSFX_ENV'];

/**
 * Walks provision, deploy and publish in the order a person runs them, tracking which variables
 * exist, and reports every action that reads a variable nothing has provided yet.
 * `sampleInputs` stands in for what a person fills in where a script action needs a real value.
 */
export function walk(
  project: ToolkitProject,
  template: EnvTemplate,
  sampleInputs: Record<string, string> = {},
): { problems: string[]; written: Set<string> } {
  const available = new Set([...Object.keys(template.inputs), ...TOOLKIT_BUILT_INS]);
  const env: Record<string, string> = { ...template.inputs, ...sampleInputs };
  const problems: string[] = [];
  const written = new Set<string>();
  const lifecycles = [
    ['provision', project.provision],
    ['deploy', project.deploy],
    ['publish', project.publish],
  ] as const;
  for (const [lifecycle, actions] of lifecycles) {
    actions.forEach((action, index) => {
      const writes = actionWrites(action, env);
      // aadApp/update generates the scope id it reads from its own manifest.
      const ownOutputs = action.uses === 'aadApp/update' ? writes : [];
      for (const name of actionReads(action)) {
        if (!available.has(name) && !ownOutputs.includes(name))
          problems.push(`${lifecycle}[${index}] ${action.uses} reads ${name} before anything writes it`);
      }
      for (const name of writes) {
        available.add(name);
        written.add(name);
        env[name] ??= 'provisioned';
      }
    });
  }
  return { problems, written };
}
