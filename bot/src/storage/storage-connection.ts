import { DefaultAzureCredential, type TokenCredential } from '@azure/identity';
import type { StorageSetting } from '../config';

/** How to reach the storage account: with a key (connection string) or with an Entra identity. */
export type StorageConnection =
  | { kind: 'connection-string'; connectionString: string }
  | { kind: 'entra'; tableEndpoint: string; queueEndpoint: string; credential: TokenCredential };

/**
 * The connection for a configured account. With a managed identity no secret exists at all:
 * the web app's identity holds the Table and Queue Data Contributor roles.
 */
export function storageConnectionFor(
  setting: Exclude<StorageSetting, { mode: 'embedded-azurite' }>,
): StorageConnection {
  if (setting.mode === 'connection-string')
    return { kind: 'connection-string', connectionString: setting.connectionString };
  return {
    kind: 'entra',
    tableEndpoint: setting.tableEndpoint,
    queueEndpoint: setting.queueEndpoint,
    // DefaultAzureCredential picks the managed identity on Azure and a developer's `az login` elsewhere.
    credential: new DefaultAzureCredential(setting.clientId ? { managedIdentityClientId: setting.clientId } : {}),
  };
}
