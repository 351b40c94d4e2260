import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Just enough of Bicep's syntax to read declarations back out of our own files: comments,
 * single-quoted strings with `${…}` interpolation, and balanced braces. The Bicep compiler
 * cannot be downloaded on this machine, so the consistency tests read the source instead.
 */

export interface BicepParam {
  name: string;
  type: string;
  /** No default value and not nullable: a deployment must supply it. */
  required: boolean;
  /** Values of an `@allowed([...])` decorator, if any. */
  allowed?: unknown[];
}

export interface ModuleCall {
  symbol: string;
  /** Absolute path of the module file. */
  path: string;
  /** Names passed in its `params: { ... }` block. */
  passed: string[];
}

export interface BicepFile {
  path: string;
  /** The source with comments blanked out (strings kept, line numbers unchanged). */
  code: string;
}

/** Reads a .bicep file and blanks its comments. */
export function readBicep(path: string): BicepFile {
  return { path, code: stripComments(readFileSync(path, 'utf8')) };
}

/** Top-level `param` declarations, with their `@allowed` values. */
export function bicepParams(file: BicepFile): BicepParam[] {
  const lines = file.code.split('\n');
  const params: BicepParam[] = [];
  lines.forEach((line, index) => {
    const match = /^param\s+(\w+)\s+([\w.]+)(\?)?\s*(=)?/.exec(line);
    if (!match) return;
    const [, name = '', type = '', nullable, hasDefault] = match;
    params.push({ name, type, required: !nullable && !hasDefault, allowed: allowedValues(lines, index) });
  });
  return params;
}

/** Names of the top-level `output` declarations. */
export function bicepOutputs(file: BicepFile): string[] {
  return [...file.code.matchAll(/^output\s+(\w+)\s/gm)].map((m) => m[1] ?? '');
}

/** Every `module x './path.bicep' = ...` with the parameter names it passes. */
export function moduleCalls(file: BicepFile): ModuleCall[] {
  const calls: ModuleCall[] = [];
  for (const match of file.code.matchAll(/^module\s+(\w+)\s+'([^']+)'\s*=/gm)) {
    const bodyStart = file.code.indexOf('{', (match.index ?? 0) + match[0].length);
    const body = balancedBlock(file.code, bodyStart);
    const paramsAt = /^\s*params\s*:\s*\{/m.exec(body);
    const passed = paramsAt ? topLevelKeys(balancedBlock(body, body.indexOf('{', paramsAt.index))) : [];
    calls.push({ symbol: match[1] ?? '', path: join(dirname(file.path), match[2] ?? ''), passed });
  }
  return calls;
}

/** Keys written as `KEY: value` in UPPER_SNAKE_CASE anywhere in the file (app settings). */
export function upperSnakeKeys(file: BicepFile): string[] {
  return [...new Set([...file.code.matchAll(/^\s*([A-Z][A-Z0-9_]*)\s*:/gm)].map((m) => m[1] ?? ''))];
}

/** The text between the brace at `openIndex` and its matching closing brace. */
export function balancedBlock(code: string, openIndex: number): string {
  if (code[openIndex] !== '{') throw new Error(`expected "{" at offset ${openIndex}`);
  let depth = 0;
  for (const { index, char } of codeChars(code, openIndex)) {
    if (char === '{') depth++;
    if (char === '}' && --depth === 0) return code.slice(openIndex + 1, index);
  }
  throw new Error(`unbalanced "{" at offset ${openIndex}`);
}

/** Keys at the outermost level of an object body (`name: value` lines). */
export function topLevelKeys(body: string): string[] {
  const keys: string[] = [];
  let depth = 0;
  let lineStart = true;
  for (const { index, char } of codeChars(body, 0)) {
    if (lineStart && depth === 0) {
      const lineEnd = body.indexOf('\n', index);
      const key = /^\s*(\w+)\s*:/.exec(body.slice(index, lineEnd < 0 ? undefined : lineEnd));
      if (key) keys.push(key[1] ?? '');
    }
    lineStart = char === '\n';
    if ('{[('.includes(char)) depth++;
    if ('}])'.includes(char)) depth--;
  }
  return keys;
}

/** Characters outside string literals, so braces inside strings are never counted. */
function* codeChars(code: string, from: number): Generator<{ index: number; char: string }> {
  const interpolation: number[] = []; // brace depth inside each open `${`
  let inString = false;
  for (let i = from; i < code.length; i++) {
    const char = code[i] ?? '';
    if (inString) {
      if (char === '\\') i++;
      else if (char === "'") inString = false;
      else if (char === '$' && code[i + 1] === '{') {
        interpolation.push(0);
        inString = false;
        i++;
      }
      continue;
    }
    if (char === "'") {
      inString = true;
      continue;
    }
    if (interpolation.length > 0) {
      const top = interpolation.length - 1;
      if (char === '{') interpolation[top] = (interpolation[top] ?? 0) + 1;
      if (char === '}') {
        if (interpolation[top] === 0) {
          interpolation.pop();
          inString = true;
          continue;
        }
        interpolation[top] = (interpolation[top] ?? 0) - 1;
      }
      continue;
    }
    yield { index: i, char };
  }
}

function stripComments(source: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i] ?? '';
    const next = source[i + 1];
    if (inString) {
      out += char;
      if (char === '\\') out += source[++i] ?? '';
      else if (char === "'") inString = false;
      continue;
    }
    if (char === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') i++;
      out += '\n';
      continue;
    }
    if (char === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const comment = source.slice(i, end < 0 ? source.length : end + 2);
      out += comment.replace(/[^\n]/g, ' ');
      i += comment.length - 1;
      continue;
    }
    if (char === "'") inString = true;
    out += char;
  }
  return out;
}

function allowedValues(lines: string[], paramIndex: number): unknown[] | undefined {
  for (let i = paramIndex - 1; i >= 0 && /^\s*@/.test(lines[i] ?? ''); i--) {
    const match = /^\s*@allowed\((\[.*\])\)\s*$/.exec(lines[i] ?? '');
    // Bicep arrays of plain literals read as JSON once the quotes are swapped.
    if (match) return JSON.parse((match[1] ?? '[]').replace(/'/g, '"')) as unknown[];
  }
  return undefined;
}
