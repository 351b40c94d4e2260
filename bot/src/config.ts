import { z } from 'zod';

/** Thrown when the environment cannot run Tandem; the message names the variable to fix. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);
const optionalText = z.preprocess(emptyAsUndefined, z.string().trim().min(1).optional());
const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

/** Every environment variable Tandem reads, with the defaults used for a local run. */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: port(3978),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  AZURE_STORAGE_CONNECTION_STRING: optionalText,
  AZURE_STORAGE_ACCOUNT_NAME: optionalText,
  AZURE_STORAGE_TABLE_ENDPOINT: z.preprocess(emptyAsUndefined, z.string().url().optional()),
  AZURE_STORAGE_QUEUE_ENDPOINT: z.preprocess(emptyAsUndefined, z.string().url().optional()),
  AZURE_CLIENT_ID: optionalText,
  APPLICATIONINSIGHTS_CONNECTION_STRING: optionalText,
  TANDEM_DATA_DIR: z.string().default('./.data'),
  TAB_DIR: z.string().default('./build/tab'),
  AZURITE_TABLE_PORT: port(10002),
  AZURITE_QUEUE_PORT: port(10001),
  TABLE_PREFIX: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9]{0,29}$/, 'letters and digits only, starting with a letter, at most 30 characters')
    .default('tandem'),
  BOT_ID: optionalText,
  BOT_PASSWORD: optionalText,
  BOT_TENANT_ID: optionalText,
  BOT_TYPE: z.enum(['SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
  BOT_OPENID_METADATA_URL: z
    .string()
    .url()
    .default('https://login.botframework.com/v1/.well-known/openidconfiguration'),
  TANDEM_BOOTSTRAP_ADMINS: z.string().default(''),
  PUBLIC_URL: z.preprocess(emptyAsUndefined, z.string().url().optional()),
  TANDEM_LINK_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32, 'at least 32 characters').optional()),
  AAD_APP_CLIENT_ID: optionalText,
  TEAMS_APP_ID: optionalText,
  BOT_DOMAIN: optionalText,
  TAB_SSO_JWKS_URL: z.preprocess(emptyAsUndefined, z.string().url().optional()),
  REMINDER_TICK_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  MOMENTUM_SWEEP_MINUTES: z.coerce.number().int().min(0).max(1440).default(60),
  RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(180),
  DASHBOARD_MIN_GROUP: z.coerce.number().int().min(2).max(50).default(3),
  RETENTION_INTERVAL_MINUTES: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(60),
  PROACTIVE_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(5),
  PROACTIVE_TIMEOUT_SECONDS: z.coerce.number().min(0.1).max(120).default(30),
  TENANT_RATE_PER_SECOND: z.coerce.number().int().min(1).max(1000).optional(),
  /** Before issue 21 each instance had its own budget; an old setting is read as the tenant's (never more than it was). */
  BROADCAST_RATE_PER_SECOND: z.coerce.number().min(1).max(1000).optional(),
  TENANT_RATE_MAX_INSTANCES: z.coerce.number().int().min(1).max(100).default(4),
  BROADCAST_TICK_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  NOTICE_SWEEP_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
});

export type BotIdentity =
  | { mode: 'local' }
  | { mode: 'SingleTenant'; appId: string; password: string; tenantId: string }
  | { mode: 'UserAssignedMSI'; appId: string; tenantId: string };

export type TabAuthSetting =
  { mode: 'development' } | { mode: 'sso'; clientId: string; tenantId: string; audiences: string[]; jwksUrl: string };

export type StorageSetting =
  | { mode: 'embedded-azurite'; dataDir: string; tablePort: number; queuePort: number }
  | { mode: 'connection-string'; connectionString: string }
  /** Production on Azure: endpoints plus the web app's managed identity; no keys anywhere. */
  | { mode: 'managed-identity'; tableEndpoint: string; queueEndpoint: string; clientId?: string };

/** Tandem's configuration, parsed once at start-up. */
export interface Config {
  env: 'development' | 'test' | 'production';
  port: number;
  logLevel: string;
  storage: StorageSetting;
  tablePrefix: string;
  /** Built tab files served under /tab/. */
  tabDir: string;
  bot: BotIdentity;
  /** Where the Bot Framework publishes the keys its tokens are signed with (tests point it at their own). */
  botOpenIdMetadataUrl: string;
  proactiveMaxAttempts: number;
  /** How long one proactive send waits for Teams before its outcome counts as unknown. */
  proactiveTimeoutMs: number;
  /**
   * Proactive messages per second per tenant for all instances together (below Teams' 50/s), shared
   * through storage; `maxInstances` sets each instance's share while storage cannot be reached.
   */
  tenantRate: { perSecond: number; maxInstances: number };
  /** Broadcasts: the scheduler's interval (0 = never). */
  broadcast: { tickSeconds: number };
  /** How often pending notices whose queue message may be lost are queued again (0 = never, e.g. tests). */
  noticeSweepSeconds: number;
  /** AAD object ids or UPNs of the people who may create programmes and run all of them. */
  bootstrapAdmins: string[];
  /** Where people reach this server from outside (links in cards, e.g. the privacy text). */
  publicUrl: string;
  /** The Teams app's id (the manifest's `id`): deep links into Tandem's personal tab need it; without it they open the tab's page in the browser. */
  teamsAppId?: string;
  /** Signs short-lived download links (e.g. a person's data export); shared by all instances. */
  linkSecret?: string;
  /** How often the reminder scheduler looks for due reminders and check-ins (0 = never, e.g. tests). */
  reminderTickSeconds: number;
  /** How often the momentum guard looks at every running pair (0 = off). */
  momentumSweepMinutes: number;
  /** Days after a programme closes until participants' personal data is deleted. */
  retentionDays: number;
  /** HR's dashboard shows feedback only aggregated over at least this many people or pairs. */
  dashboardMinGroup: number;
  /** How often the retention job looks for due programmes (0 = never, e.g. in tests). */
  retentionIntervalMinutes: number;
  /** How the tab API recognises people: Teams SSO tokens, or (local runs only) a marked development identity. */
  tabAuth: TabAuthSetting;
  /** Request telemetry goes to Application Insights when set. */
  applicationInsightsConnectionString?: string;
}

/**
 * Reads and validates the environment. Fails fast with a message that names the variable,
 * because a half-configured bot in production fails later in ways that are hard to trace.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  assertKeyVaultReferencesResolved(env);
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration. ${problems.join('; ')}`);
  }
  const e = parsed.data;
  const config: Config = {
    env: e.NODE_ENV,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    storage: storageSetting(e),
    tablePrefix: e.TABLE_PREFIX,
    tabDir: e.TAB_DIR,
    bot: botIdentity(e),
    botOpenIdMetadataUrl: e.BOT_OPENID_METADATA_URL,
    proactiveMaxAttempts: e.PROACTIVE_MAX_ATTEMPTS,
    proactiveTimeoutMs: e.PROACTIVE_TIMEOUT_SECONDS * 1000,
    tenantRate: tenantRate(e),
    broadcast: { tickSeconds: e.BROADCAST_TICK_SECONDS },
    noticeSweepSeconds: e.NOTICE_SWEEP_SECONDS,
    bootstrapAdmins: e.TANDEM_BOOTSTRAP_ADMINS.split(/[,;\s]+/)
      .map((entry) => entry.trim())
      .filter(Boolean),
    linkSecret: e.TANDEM_LINK_SECRET,
    applicationInsightsConnectionString: e.APPLICATIONINSIGHTS_CONNECTION_STRING,
    tabAuth: tabAuth(e),
    reminderTickSeconds: e.REMINDER_TICK_SECONDS,
    momentumSweepMinutes: e.MOMENTUM_SWEEP_MINUTES,
    retentionDays: e.RETENTION_DAYS,
    dashboardMinGroup: e.DASHBOARD_MIN_GROUP,
    retentionIntervalMinutes: e.RETENTION_INTERVAL_MINUTES,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    teamsAppId: e.TEAMS_APP_ID,
  };
  if (config.env === 'production') assertProductionReady(config, e);
  return config;
}

/**
 * Tab SSO: tokens for the app registration (AAD_APP_CLIENT_ID) from the bot's tenant, signed
 * with the tenant's keys. Teams asks for `api://<domain>/<client id>`; v2 tokens carry the bare
 * client id as audience, so both are accepted.
 */
function tabAuth(e: z.infer<typeof envSchema>): TabAuthSetting {
  if (!e.AAD_APP_CLIENT_ID) return { mode: 'development' };
  if (!e.BOT_TENANT_ID)
    throw new ConfigError(
      'BOT_TENANT_ID is required with AAD_APP_CLIENT_ID: tab tokens are accepted from that tenant only.',
    );
  const audiences = [e.AAD_APP_CLIENT_ID, ...(e.BOT_DOMAIN ? [`api://${e.BOT_DOMAIN}/${e.AAD_APP_CLIENT_ID}`] : [])];
  const jwksUrl = e.TAB_SSO_JWKS_URL ?? `https://login.microsoftonline.com/${e.BOT_TENANT_ID}/discovery/v2.0/keys`;
  return { mode: 'sso', clientId: e.AAD_APP_CLIENT_ID, tenantId: e.BOT_TENANT_ID, audiences, jwksUrl };
}

/**
 * The tenant's rate for all instances. `BROADCAST_RATE_PER_SECOND` was each instance's share
 * (the Bicep template divided the budget by the instance count): read as the whole budget, an
 * old value can only be lower than intended, never higher.
 */
function tenantRate(e: z.infer<typeof envSchema>): Config['tenantRate'] {
  const perSecond = e.TENANT_RATE_PER_SECOND ?? Math.floor(e.BROADCAST_RATE_PER_SECOND ?? 40);
  if (perSecond < e.TENANT_RATE_MAX_INSTANCES)
    throw new ConfigError(
      `TENANT_RATE_PER_SECOND (${perSecond}) must be at least TENANT_RATE_MAX_INSTANCES (${e.TENANT_RATE_MAX_INSTANCES}): ` +
        'each instance needs a share of at least one message per second for when storage cannot be reached.',
    );
  return { perSecond, maxInstances: e.TENANT_RATE_MAX_INSTANCES };
}

/** Storage, in order of precedence: a connection string, an account reached with managed identity, the embedded emulator. */
function storageSetting(e: z.infer<typeof envSchema>): StorageSetting {
  if (e.AZURE_STORAGE_CONNECTION_STRING)
    return { mode: 'connection-string', connectionString: e.AZURE_STORAGE_CONNECTION_STRING };
  const account = e.AZURE_STORAGE_ACCOUNT_NAME;
  if (e.AZURE_STORAGE_TABLE_ENDPOINT || account) {
    const tableEndpoint = e.AZURE_STORAGE_TABLE_ENDPOINT ?? `https://${account}.table.core.windows.net/`;
    const queueEndpoint =
      e.AZURE_STORAGE_QUEUE_ENDPOINT ?? (account ? `https://${account}.queue.core.windows.net/` : undefined);
    if (!queueEndpoint)
      throw new ConfigError(
        'AZURE_STORAGE_QUEUE_ENDPOINT (or AZURE_STORAGE_ACCOUNT_NAME) is required with AZURE_STORAGE_TABLE_ENDPOINT.',
      );
    return { mode: 'managed-identity', tableEndpoint, queueEndpoint, clientId: e.AZURE_CLIENT_ID };
  }
  return {
    mode: 'embedded-azurite',
    dataDir: e.TANDEM_DATA_DIR,
    tablePort: e.AZURITE_TABLE_PORT,
    queuePort: e.AZURITE_QUEUE_PORT,
  };
}

/**
 * App Service leaves a Key Vault reference it cannot resolve as its literal text. A secret
 * such as `@Microsoft.KeyVault(SecretUri=…)` would then look valid and be silently wrong.
 */
function assertKeyVaultReferencesResolved(env: Record<string, string | undefined>): void {
  const unresolved = Object.entries(env)
    .filter(([, value]) => value?.trim().startsWith('@Microsoft.KeyVault('))
    .map(([name]) => name);
  if (unresolved.length > 0) {
    throw new ConfigError(
      `${unresolved.join(', ')}: the Key Vault reference was not resolved. Check the web app's identity and its access to the vault.`,
    );
  }
}

function botIdentity(e: z.infer<typeof envSchema>): BotIdentity {
  if (!e.BOT_ID) return { mode: 'local' };
  const missing = (name: string) =>
    new ConfigError(`${name} is required when BOT_ID is set with BOT_TYPE=${e.BOT_TYPE}.`);
  if (!e.BOT_TENANT_ID) throw missing('BOT_TENANT_ID');
  if (e.BOT_TYPE === 'UserAssignedMSI') return { mode: 'UserAssignedMSI', appId: e.BOT_ID, tenantId: e.BOT_TENANT_ID };
  if (!e.BOT_PASSWORD) throw missing('BOT_PASSWORD');
  return { mode: 'SingleTenant', appId: e.BOT_ID, password: e.BOT_PASSWORD, tenantId: e.BOT_TENANT_ID };
}

function assertProductionReady(config: Config, e: z.infer<typeof envSchema>): void {
  if (config.bot.mode === 'local') {
    throw new ConfigError(
      'NODE_ENV=production needs bot credentials: set BOT_ID and BOT_TENANT_ID, and BOT_PASSWORD for ' +
        'BOT_TYPE=SingleTenant (or BOT_TYPE=UserAssignedMSI). Without them every request would be accepted unauthenticated.',
    );
  }
  if (config.storage.mode === 'embedded-azurite') {
    throw new ConfigError(
      'NODE_ENV=production needs a storage account: AZURE_STORAGE_ACCOUNT_NAME (or the AZURE_STORAGE_*_ENDPOINT pair) with a managed identity, ' +
        'or AZURE_STORAGE_CONNECTION_STRING. The embedded Azurite is for local runs only.',
    );
  }
  if (config.tabAuth.mode === 'development') {
    throw new ConfigError(
      "NODE_ENV=production needs AAD_APP_CLIENT_ID (the tab's SSO app registration): the development identity is for local runs only.",
    );
  }
  if (!e.TANDEM_LINK_SECRET) {
    throw new ConfigError(
      'NODE_ENV=production needs TANDEM_LINK_SECRET (32+ random characters), shared by all instances, to sign download links.',
    );
  }
}
