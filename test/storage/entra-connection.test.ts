import { createHttpHeaders, type HttpClient, type PipelineRequest } from '@azure/core-rest-pipeline';
import { TableStore } from '../../bot/src/storage/table-store';
import { storageConnectionFor } from '../../bot/src/storage/storage-connection';

/**
 * In Azure, storage is reached with the web app's managed identity: requests carry an Entra
 * bearer token and no account key. Azurite cannot check Entra tokens (and the SDK sends
 * bearer tokens only over https), so a recording transport stands in for the network.
 */
describe('storage with an Entra identity (managed identity in Azure)', () => {
  test('table requests carry the bearer token from the credential, and no shared key', async () => {
    const seen: PipelineRequest[] = [];
    const recording: HttpClient = {
      async sendRequest(request) {
        seen.push(request);
        return {
          request,
          status: 201,
          headers: createHttpHeaders({ 'content-type': 'application/json;odata=nometadata' }),
          bodyAsText: JSON.stringify({ TableName: 'tProbes' }),
        };
      },
    };
    const store = new TableStore({
      connection: {
        kind: 'entra',
        tableEndpoint: 'https://sttandemdev.table.core.windows.net/',
        queueEndpoint: 'https://sttandemdev.queue.core.windows.net/',
        credential: { getToken: async () => ({ token: 'entra-token', expiresOnTimestamp: Date.now() + 3_600_000 }) },
      },
      tablePrefix: 't',
      httpClient: recording,
    });
    await store.table('probes');
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url).toBe('https://sttandemdev.table.core.windows.net/Tables');
    expect(seen[0]!.headers.get('authorization')).toBe('Bearer entra-token');
  });

  test('a managed-identity setting becomes an Entra connection', () => {
    const connection = storageConnectionFor({
      mode: 'managed-identity',
      tableEndpoint: 'https://s.table.core.windows.net/',
      queueEndpoint: 'https://s.queue.core.windows.net/',
      clientId: 'client-1',
    });
    expect(connection).toMatchObject({ kind: 'entra', tableEndpoint: 'https://s.table.core.windows.net/' });
  });
});
