/** Characters per text column: Azure allows 64 KiB (32 Ki UTF-16 characters) per property. */
const CHUNK = 30_000;

/**
 * Spreads a large JSON value over several text columns (`name0`, `name1`, …) because one
 * property holds at most 64 KiB; the entity as a whole still has Azure's 1 MiB limit, which
 * the entity guard enforces.
 */
export function toChunkedColumns(name: string, value: unknown): Record<string, string | number> {
  const text = JSON.stringify(value);
  const columns: Record<string, string | number> = { [`${name}Chunks`]: Math.ceil(text.length / CHUNK) || 1 };
  for (let i = 0; i * CHUNK < Math.max(text.length, 1); i++)
    columns[`${name}${i}`] = text.slice(i * CHUNK, (i + 1) * CHUNK);
  return columns;
}

/** Reads a value written by toChunkedColumns. */
export function fromChunkedColumns<T>(name: string, row: Record<string, unknown>): T {
  const chunks = Number(row[`${name}Chunks`] ?? 0);
  let text = '';
  for (let i = 0; i < chunks; i++) text += String(row[`${name}${i}`] ?? '');
  return JSON.parse(text) as T;
}
