// The storage account holding all programme data (tables) and fan-out work (queues).
// Shared keys are switched off: the only way in is Microsoft Entra ID, and the web app's managed
// identity gets exactly the two data roles it needs.

param name string
param location string
param tags object
param sku string

@description('Principal (object) id of the managed identity that reads and writes the data.')
param dataPrincipalId string

param lock bool

// Built-in role definition ids (the same in every tenant).
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var storageQueueDataContributor = '974c5e8b-45b9-4653-ba55-5f855dd0fb88'

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: sku
  }
  properties: {
    accessTier: 'Hot'
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
    encryption: {
      keySource: 'Microsoft.Storage'
      services: {
        // Account-scoped keys for tables and queues can only be chosen at creation; they keep the
        // door open to customer-managed keys later.
        table: {
          enabled: true
          keyType: 'Account'
        }
        queue: {
          enabled: true
          keyType: 'Account'
        }
      }
    }
  }
}

resource dataRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in [storageTableDataContributor, storageQueueDataContributor]: {
    name: guid(account.id, dataPrincipalId, roleId)
    scope: account
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
      principalId: dataPrincipalId
      principalType: 'ServicePrincipal'
    }
  }
]

resource deleteLock 'Microsoft.Authorization/locks@2020-05-01' = if (lock) {
  name: 'tandem-programme-data'
  scope: account
  properties: {
    level: 'CanNotDelete'
    notes: 'Holds the Tandem programme data. Export it (docs/deploy.md) before removing this lock.'
  }
}

output name string = account.name
output tableEndpoint string = account.properties.primaryEndpoints.table
output queueEndpoint string = account.properties.primaryEndpoints.queue
