import { existsSync, readFileSync } from 'node:fs';
import { PackagingError } from './packaging-error';

const LINE = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/;
const DOUBLE_QUOTE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/**
 * Parses dotenv-style text as the Agents Toolkit writes it: `KEY=VALUE` lines, blank lines
 * and `#` comments, optional `export `, single- or double-quoted values (double quotes
 * understand `\n`, `\t`, `\"` and `\\`), and ` #` comments after unquoted values.
 * A line that is none of these is an error naming the file and line, because silently
 * skipping it would leave a variable unset and fail much later with a vaguer message.
 */
export function parseEnvText(text: string, source = 'env file'): Record<string, string> {
  const values: Record<string, string> = {};
  text.split(/\r?\n/).forEach((rawLine, index) => {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) return;
    const match = LINE.exec(line);
    if (!match) throw new PackagingError(`${source}:${index + 1}: expected KEY=VALUE, got "${line}"`);
    const [, key = '', rawValue = ''] = match;
    values[key] = parseValue(rawValue, `${source}:${index + 1}`);
  });
  return values;
}

function parseValue(raw: string, where: string): string {
  const quote = raw[0];
  if (quote === '"' || quote === "'") {
    const end = closingQuote(raw, quote);
    if (end < 0) throw new PackagingError(`${where}: unterminated ${quote} quote`);
    const rest = raw.slice(end + 1).trim();
    if (rest !== '' && !rest.startsWith('#'))
      throw new PackagingError(`${where}: unexpected text after the closing quote`);
    const inner = raw.slice(1, end);
    return quote === '"' ? inner.replace(/\\(.)/g, (all, c: string) => DOUBLE_QUOTE_ESCAPES[c] ?? all) : inner;
  }
  // Unquoted: a comment starts at a '#' that follows whitespace, so URLs with '#' survive.
  return raw.replace(/\s+#.*$/, '').trim();
}

function closingQuote(raw: string, quote: string): number {
  for (let i = 1; i < raw.length; i++) {
    if (raw[i] === '\\' && quote === '"') i++;
    else if (raw[i] === quote) return i;
  }
  return -1;
}

/** Reads and parses an env file; returns undefined when the file does not exist. */
export function readEnvFile(path: string): Record<string, string> | undefined {
  if (!existsSync(path)) return undefined;
  return parseEnvText(readFileSync(path, 'utf8'), path);
}
