/**
 * Errors that leave the storage layer. Azure's RestError never crosses this boundary:
 * callers see a reason code they can act on, and the original error stays attached for logs.
 */
export type StorageFailureReason =
  | 'unavailable'
  | 'key-invalid'
  | 'key-too-long'
  | 'property-too-large'
  | 'too-many-properties'
  | 'entity-too-large'
  | 'too-many-rows';

export class StorageError extends Error {
  override readonly name = 'StorageError';

  constructor(
    readonly reason: StorageFailureReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

interface AzureLikeError {
  statusCode?: number;
  code?: string;
  details?: { errorCode?: string };
}

/** HTTP status of an Azure SDK error, if it has one. */
export function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null ? (error as AzureLikeError).statusCode : undefined;
}

/**
 * The service's error code. Azurite leaves `code` undefined on a 412 and puts the real
 * code in `details.errorCode`, so read both.
 */
export function errorCodeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as AzureLikeError;
  return e.details?.errorCode ?? e.code;
}

/** Wraps anything unexpected from the SDK so it cannot leak past the storage layer. */
export function unavailable(operation: string, error: unknown): StorageError {
  const status = statusOf(error);
  const code = errorCodeOf(error);
  const detail = [status, code].filter((part) => part !== undefined).join(' ');
  return new StorageError('unavailable', `Table storage failed during ${operation}${detail ? ` (${detail})` : ''}.`, {
    cause: error,
  });
}
