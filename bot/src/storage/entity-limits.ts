import { StorageError } from './storage-errors';

/** Azure Table limits that Azurite does not enforce; checked before every write. */
export const ENTITY_LIMITS = {
  maxCustomProperties: 252,
  maxStringBytes: 64 * 1024,
  maxBinaryBytes: 64 * 1024,
  maxEntityBytes: 1024 * 1024,
} as const;

type Primitive = string | number | boolean | Date | Uint8Array | null | undefined | { value: string; type: string };
const SYSTEM_PROPERTIES = new Set(['partitionKey', 'rowKey', 'etag', 'timestamp', 'odata.etag']);

/**
 * Throws a StorageError if Azure would reject the entity. The size follows Microsoft's
 * published formula (4 bytes + keys in UTF-16 + per property 8 bytes + name + value).
 */
export function assertWithinEntityLimits(entity: Record<string, unknown>): void {
  const names = Object.keys(entity).filter((name) => !SYSTEM_PROPERTIES.has(name) && entity[name] !== undefined);
  if (names.length > ENTITY_LIMITS.maxCustomProperties) {
    throw new StorageError(
      'too-many-properties',
      `An entity has ${names.length} properties; Azure allows ${ENTITY_LIMITS.maxCustomProperties}.`,
    );
  }
  let size = 4 + utf16Bytes(String(entity.partitionKey ?? '')) + utf16Bytes(String(entity.rowKey ?? ''));
  for (const name of names) {
    size += 8 + utf16Bytes(name) + valueBytes(name, entity[name] as Primitive);
  }
  if (size > ENTITY_LIMITS.maxEntityBytes) {
    throw new StorageError(
      'entity-too-large',
      `An entity is about ${size} bytes; Azure allows ${ENTITY_LIMITS.maxEntityBytes}.`,
    );
  }
}

function valueBytes(name: string, value: Primitive): number {
  if (typeof value === 'string') {
    const bytes = utf16Bytes(value);
    if (bytes > ENTITY_LIMITS.maxStringBytes) {
      throw new StorageError(
        'property-too-large',
        `Property ${name} holds ${bytes} bytes of text; Azure allows ${ENTITY_LIMITS.maxStringBytes}.`,
      );
    }
    return 4 + bytes;
  }
  if (value instanceof Uint8Array) {
    if (value.byteLength > ENTITY_LIMITS.maxBinaryBytes) {
      throw new StorageError(
        'property-too-large',
        `Property ${name} holds ${value.byteLength} bytes; Azure allows ${ENTITY_LIMITS.maxBinaryBytes}.`,
      );
    }
    return 4 + value.byteLength;
  }
  if (typeof value === 'boolean') return 1;
  return 8;
}

function utf16Bytes(text: string): number {
  return text.length * 2;
}
