/**
 * Lists and nested objects are stored as JSON text columns: Table Storage has no arrays, and
 * one column per element would run into the 252-property limit.
 */
export function toJsonColumn(value: unknown): string | undefined {
  return value === undefined ? undefined : JSON.stringify(value);
}

/** Reads a JSON column, with a fallback for rows written before the column existed. */
export function fromJsonColumn<T>(value: unknown, fallback: T): T {
  if (typeof value !== 'string' || value === '') return fallback;
  return JSON.parse(value) as T;
}

/** Drops undefined values: the SDK would otherwise send them as nulls. */
export function withoutUndefined<T extends object>(row: T): Partial<T> {
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined)) as Partial<T>;
}
