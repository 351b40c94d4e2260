// Azurite ships no type declarations for its server classes; these describe the parts we use.
declare module 'azurite/dist/src/table/TableServer' {
  export default class TableServer {
    constructor(configuration: unknown);
    start(): Promise<void>;
    close(): Promise<void>;
    clean(): Promise<void>;
    getHttpServerAddress(): string;
  }
}
declare module 'azurite/dist/src/table/TableConfiguration' {
  export default class TableConfiguration {
    constructor(...args: unknown[]);
  }
}
declare module 'azurite/dist/src/queue/QueueServer' {
  export default class QueueServer {
    constructor(configuration: unknown);
    start(): Promise<void>;
    close(): Promise<void>;
    clean(): Promise<void>;
    getHttpServerAddress(): string;
  }
}
declare module 'azurite/dist/src/queue/QueueConfiguration' {
  export default class QueueConfiguration {
    constructor(...args: unknown[]);
  }
}
declare module 'azurite/dist/src/common/Telemetry' {
  export class AzuriteTelemetryClient {
    static init(location: string, enableTelemetry: boolean, env: unknown, isVSC?: boolean): void;
  }
}
