import { ConfigError, loadConfig } from '../bot/src/config';

describe('configuration', () => {
  test('defaults give a local run on 3978 with embedded Azurite in ./.data and no bot credentials', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      port: 3978,
      tablePrefix: 'tandem',
      bot: { mode: 'local' },
      storage: { mode: 'embedded-azurite', dataDir: './.data', tablePort: 10002, queuePort: 10001 },
    });
  });

  test('one tenant rate for all instances; an old per-instance setting is read as that rate, never more', () => {
    expect(loadConfig({}).tenantRate).toEqual({ perSecond: 40, maxInstances: 4 });
    expect(loadConfig({ TENANT_RATE_PER_SECOND: '45', TENANT_RATE_MAX_INSTANCES: '3' }).tenantRate).toEqual({
      perSecond: 45,
      maxInstances: 3,
    });
    // A deployment from before issue 21 set each instance's share (40 / 3 instances).
    expect(loadConfig({ BROADCAST_RATE_PER_SECOND: '13' }).tenantRate.perSecond).toBe(13);
    expect(loadConfig({ BROADCAST_RATE_PER_SECOND: '13', TENANT_RATE_PER_SECOND: '40' }).tenantRate.perSecond).toBe(40);
    // Each instance needs at least one message a second of its own for when storage cannot be reached.
    expect(() => loadConfig({ TENANT_RATE_PER_SECOND: '3', TENANT_RATE_MAX_INSTANCES: '4' })).toThrow(
      /TENANT_RATE_PER_SECOND \(3\) must be at least TENANT_RATE_MAX_INSTANCES \(4\)/,
    );
    expect(() => loadConfig({ TENANT_RATE_PER_SECOND: '12.5' })).toThrow(/TENANT_RATE_PER_SECOND/);
  });

  test('a connection string switches off the embedded emulator', () => {
    expect(loadConfig({ AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true' }).storage).toEqual({
      mode: 'connection-string',
      connectionString: 'UseDevelopmentStorage=true',
    });
  });

  test('single-tenant and managed-identity bots', () => {
    expect(loadConfig({ BOT_ID: 'app', BOT_PASSWORD: 'secret', BOT_TENANT_ID: 'tenant' }).bot).toEqual({
      mode: 'SingleTenant',
      appId: 'app',
      password: 'secret',
      tenantId: 'tenant',
    });
    expect(loadConfig({ BOT_ID: 'msi', BOT_TYPE: 'UserAssignedMSI', BOT_TENANT_ID: 'tenant' }).bot).toEqual({
      mode: 'UserAssignedMSI',
      appId: 'msi',
      tenantId: 'tenant',
    });
  });

  const messageOf = (env: Record<string, string>) => {
    try {
      loadConfig(env);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as Error).message;
    }
    throw new Error('expected a ConfigError');
  };

  test('production refuses to start without bot credentials, naming the variables', () => {
    expect(
      messageOf({ NODE_ENV: 'production', AZURE_STORAGE_CONNECTION_STRING: 'x', TANDEM_LINK_SECRET: 'x'.repeat(32) }),
    ).toMatch(/BOT_ID.*BOT_TENANT_ID.*BOT_PASSWORD/);
  });

  test('production refuses the embedded emulator', () => {
    expect(
      messageOf({
        NODE_ENV: 'production',
        BOT_ID: 'a',
        BOT_PASSWORD: 'b',
        BOT_TENANT_ID: 'c',
        TANDEM_LINK_SECRET: 'x'.repeat(32),
      }),
    ).toMatch(/AZURE_STORAGE_ACCOUNT_NAME/);
  });

  test('production on Azure: storage by account and managed identity, no keys', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      BOT_ID: 'msi-client',
      BOT_TYPE: 'UserAssignedMSI',
      BOT_TENANT_ID: 'tenant',
      TANDEM_LINK_SECRET: 'x'.repeat(32),
      AAD_APP_CLIENT_ID: 'sso-app',
      AZURE_STORAGE_ACCOUNT_NAME: 'sttandemdev',
      AZURE_CLIENT_ID: 'msi-client',
    });
    expect(config.storage).toEqual({
      mode: 'managed-identity',
      tableEndpoint: 'https://sttandemdev.table.core.windows.net/',
      queueEndpoint: 'https://sttandemdev.queue.core.windows.net/',
      clientId: 'msi-client',
    });
    expect(
      loadConfig({
        AZURE_STORAGE_TABLE_ENDPOINT: 'https://x.table.core.windows.net/',
        AZURE_STORAGE_QUEUE_ENDPOINT: 'https://x.queue.core.windows.net/',
      }).storage,
    ).toMatchObject({ mode: 'managed-identity', tableEndpoint: 'https://x.table.core.windows.net/' });
  });

  test('production needs the link secret', () => {
    expect(
      messageOf({
        NODE_ENV: 'production',
        BOT_ID: 'a',
        BOT_PASSWORD: 'b',
        BOT_TENANT_ID: 'c',
        AZURE_STORAGE_ACCOUNT_NAME: 's',
        AAD_APP_CLIENT_ID: 'sso',
      }),
    ).toMatch(/TANDEM_LINK_SECRET/);
  });

  test('an unresolved Key Vault reference stops start-up, naming the variable', () => {
    expect(
      messageOf({
        TANDEM_LINK_SECRET: '@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/link-secret/)',
      }),
    ).toMatch(/TANDEM_LINK_SECRET: the Key Vault reference was not resolved/);
  });

  test('a half-configured bot names the missing variable', () => {
    expect(messageOf({ BOT_ID: 'app', BOT_TENANT_ID: 'tenant' })).toMatch(/BOT_PASSWORD/);
    expect(messageOf({ BOT_ID: 'app', BOT_PASSWORD: 'p' })).toMatch(/BOT_TENANT_ID/);
  });

  test('invalid values name the variable', () => {
    expect(messageOf({ PORT: 'eighty' })).toMatch(/PORT/);
    expect(messageOf({ TABLE_PREFIX: 'bad-prefix!' })).toMatch(/TABLE_PREFIX/);
    expect(messageOf({ BOT_TYPE: 'MultiTenant' })).toMatch(/BOT_TYPE/);
  });
});
