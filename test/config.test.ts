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

  test('a connection string switches off the embedded emulator', () => {
    expect(loadConfig({ AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true' }).storage).toEqual({
      mode: 'connection-string',
      connectionString: 'UseDevelopmentStorage=true',
    });
  });

  test('single-tenant and managed-identity bots', () => {
    expect(loadConfig({ BOT_ID: 'app', BOT_PASSWORD: 'secret', BOT_TENANT_ID: 'tenant' }).bot).toEqual({
      mode: 'SingleTenant', appId: 'app', password: 'secret', tenantId: 'tenant',
    });
    expect(loadConfig({ BOT_ID: 'msi', BOT_TYPE: 'UserAssignedMSI', BOT_TENANT_ID: 'tenant' }).bot).toEqual({
      mode: 'UserAssignedMSI', appId: 'msi', tenantId: 'tenant',
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
    expect(messageOf({ NODE_ENV: 'production', AZURE_STORAGE_CONNECTION_STRING: 'x' })).toMatch(/BOT_ID.*BOT_TENANT_ID.*BOT_PASSWORD/);
  });

  test('production refuses the embedded emulator', () => {
    expect(messageOf({ NODE_ENV: 'production', BOT_ID: 'a', BOT_PASSWORD: 'b', BOT_TENANT_ID: 'c' })).toMatch(/AZURE_STORAGE_CONNECTION_STRING/);
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
