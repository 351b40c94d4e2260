// autocannon ships no types; these are the few options and results the journey figure uses.
declare module 'autocannon' {
  interface Percentiles {
    p50: number;
    p90: number;
    p99: number;
    max: number;
  }
  export interface Result {
    requests: { total: number };
    latency: Percentiles;
    non2xx: number;
    errors: number;
  }
  interface Options {
    url: string;
    connections?: number;
    /** Requests per second across all connections. */
    overallRate?: number;
    /** Seconds. */
    duration?: number;
    headers?: Record<string, string>;
    /** Worker threads generating the load (off the calling thread's event loop). */
    workers?: number;
    /** Requests in turn; with workers, `setupRequest` is the absolute path of a module exporting the function. */
    requests?: Array<{ method?: string; path?: string; setupRequest?: string }>;
  }
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
