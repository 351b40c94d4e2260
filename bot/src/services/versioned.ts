/** A stored value with the ETag it was read at, for optimistic concurrency. */
export interface Versioned<T> {
  value: T;
  etag: string;
}

/** What a conditional write did; a conflict means someone else wrote first. */
export type ConditionalWrite = 'written' | 'conflict' | 'not-found';

/** Who is acting, as Teams tells us. */
export interface Actor {
  tenantId: string;
  aadObjectId: string;
  displayName: string;
  /** Known only when looked up (bootstrap admins may be configured by UPN). */
  userPrincipalName?: string;
  locale: string;
}
