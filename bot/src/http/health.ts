/** What /healthz reports: the server is up, and whether storage answers. */
export interface HealthReport {
  status: 'ok' | 'degraded';
  storage: 'reachable' | 'unreachable';
}

/** Builds the health check from a storage probe. */
export function healthCheck(storage: { ping(): Promise<boolean> }): () => Promise<HealthReport> {
  return async () => {
    const reachable = await storage.ping();
    return { status: reachable ? 'ok' : 'degraded', storage: reachable ? 'reachable' : 'unreachable' };
  };
}
