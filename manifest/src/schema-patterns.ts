/** A parsed JSON Schema, walked generically. */
type SchemaNode = unknown;

/**
 * Escapes a `]` that closes no character class. Without the `u` flag JavaScript reads such
 * a `]` as a literal, with it (as ajv compiles patterns) it is a syntax error; escaping it
 * keeps the meaning the schema authors intended.
 */
export function escapeLoneBrackets(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') {
      out += pattern.slice(i, i + 2);
      i++;
    } else if (char === '[' && !inClass) {
      inClass = true;
      out += char;
    } else if (char === ']') {
      out += inClass ? char : '\\]';
      inClass = false;
    } else {
      out += char;
    }
  }
  return out;
}

function compilesAsUnicode(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

function repairPattern(pattern: string): string {
  if (compilesAsUnicode(pattern)) return pattern;
  const repaired = escapeLoneBrackets(pattern);
  return compilesAsUnicode(repaired) ? repaired : pattern;
}

/**
 * Returns a copy of a JSON Schema whose `pattern`s and `patternProperties` keys all compile
 * with the `u` flag. Needed because every Teams localization schema (v1.22 to v1.30) has
 * `activities.activityTypes\[...\b]` keys that ajv, and so
 * AppManifestUtils.validateAgainstSchema, cannot compile at all.
 */
export function repairSchemaPatterns<T>(schema: T): T {
  const repair = (node: SchemaNode): SchemaNode => {
    if (Array.isArray(node)) return node.map(repair);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node).map(([key, child]) => {
        if (key === 'pattern' && typeof child === 'string') return [key, repairPattern(child)];
        if (key === 'patternProperties' && child !== null && typeof child === 'object') {
          return [key, Object.fromEntries(Object.entries(child).map(([p, sub]) => [repairPattern(p), repair(sub)]))];
        }
        return [key, repair(child)];
      }),
    );
  };
  return repair(schema) as T;
}
