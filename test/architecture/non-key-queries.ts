import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A query in a storage adapter that filters on something other than the keys (or reads a whole table). */
export interface NonKeyQuery {
  file: string;
  /** The function or method it is written in. */
  within: string;
  /** The columns it filters on besides PartitionKey and RowKey (`*` for a whole-table read). */
  columns: string[];
}

const KEYS = new Set(['PartitionKey', 'RowKey']);
const COMPARISON = /\b([A-Za-z_]\w*) (?:eq|ne|gt|ge|lt|le) /g;
const DECLARATION =
  /^\s{0,2}(?:export\s+)?(?:private\s+|static\s+|async\s+|function\s+)*([A-Za-z_]\w*)\s*(?:<[^(]*>)?\(/;

/** `${…}` expressions removed (they may hold backticks and words of their own). */
function withoutExpressions(line: string): string {
  let out = '';
  for (let i = 0, depth = 0; i < line.length; i += 1) {
    if (line.startsWith('${', i)) {
      depth += 1;
      i += 1;
    } else if (depth > 0 && line[i] === '{') depth += 1;
    else if (depth > 0 && line[i] === '}') depth -= 1;
    else if (depth === 0) out += line[i];
  }
  return out;
}

function enclosing(lines: readonly string[], index: number): string {
  for (let i = index; i >= 0; i -= 1) {
    const match = DECLARATION.exec(lines[i]!);
    if (match && !['if', 'for', 'while', 'return', 'switch'].includes(match[1]!)) return match[1]!;
  }
  return '?';
}

/** Every non-key query in the storage adapters (`odata` filters on other columns, `'all'` reads). */
export function nonKeyQueries(storageDir: string): NonKeyQuery[] {
  const found: NonKeyQuery[] = [];
  for (const file of readdirSync(storageDir).filter((name) => name.endsWith('.ts'))) {
    const lines = readFileSync(path.join(storageDir, file), 'utf8').split('\n');
    lines.forEach((line, index) => {
      // Each odata template on its own: one may sit inside another's expression.
      const templates = line.split('odata`').slice(1);
      const columns = templates
        .flatMap((text) => [...withoutExpressions(text).matchAll(COMPARISON)].map((m) => m[1]!))
        .filter((column) => !KEYS.has(column));
      if (/[(,]\s*'all'\s*[,)]/.test(line)) columns.push('*');
      if (columns.length > 0) found.push({ file, within: enclosing(lines, index), columns: [...new Set(columns)] });
    });
  }
  return found;
}
