/**
 * The data fields a card template reads, by scope: `fields` are read from the scope's own
 * object, `arrays` are the fields it repeats over with `$data`, each with its item's fields.
 */
export interface TemplateShape {
  fields: Set<string>;
  arrays: Map<string, TemplateShape>;
}

const emptyShape = (): TemplateShape => ({ fields: new Set(), arrays: new Map() });

/** Reads a `*.card.json` template: which fields it takes from the root and from each repeated item. */
export function templateShape(template: unknown): TemplateShape {
  const root = emptyShape();
  walk(template, root, root);
  return root;
}

function walk(node: unknown, scope: TemplateShape, root: TemplateShape): void {
  if (typeof node === 'string') {
    for (const field of fieldsRead(node)) (field.root ? root : scope).fields.add(field.name);
    return;
  }
  if (Array.isArray(node)) {
    node.forEach((child) => walk(child, scope, root));
    return;
  }
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  let inner = scope;
  if ('$data' in record) {
    // `$data` itself is read in the enclosing scope; everything else in this object, per item.
    const repeated = fieldsRead(String(record.$data));
    if (repeated.length !== 1 || !/^\$\{[^}]*\}$/.test(String(record.$data)))
      throw new Error(`unsupported $data: ${JSON.stringify(record.$data)}`);
    const { name, root: fromRoot } = repeated[0]!;
    const owner = fromRoot ? root : scope;
    owner.fields.add(name);
    inner = owner.arrays.get(name) ?? emptyShape();
    owner.arrays.set(name, inner);
  }
  for (const [key, value] of Object.entries(record)) if (key !== '$data') walk(value, inner, root);
}

const KEYWORDS = new Set(['true', 'false', 'null']);

/** The first segment of every data path in a string's `${…}` expressions (`labels.save` reads `labels`). */
export function fieldsRead(text: string): Array<{ name: string; root: boolean }> {
  const found: Array<{ name: string; root: boolean }> = [];
  for (const [, expression] of text.matchAll(/\$\{([^}]*)\}/g)) {
    const code = expression!.replace(/'[^']*'|"[^"]*"/g, "''");
    for (const match of code.matchAll(/(?<![\w.$])(\$?[A-Za-z_]\w*)((?:\.\w+)*)(\s*\()?/g)) {
      const [, head, rest, call] = match;
      if (call || KEYWORDS.has(head!)) continue;
      if (head === '$root') {
        const name = rest!.split('.')[1];
        if (name) found.push({ name, root: true });
      } else if (head!.startsWith('$')) {
        throw new Error(`unsupported template variable ${head} in ${text}`);
      } else {
        found.push({ name: head!, root: false });
      }
    }
  }
  return found;
}
