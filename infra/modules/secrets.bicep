// The Key Vault with the server's secrets. The web app reads them as Key Vault references, so no
// secret value appears in the app settings or in the deployment history.
//   link-secret    TANDEM_LINK_SECRET, signs short-lived download links; always present
//   bot-password   BOT_PASSWORD, the bot's client secret; single-tenant bots only

param vaultName string
param location string
param tags object

@description('Principal (object) id of the identity that may read the secrets (the web app).')
param readerPrincipalId string

@secure()
param linkSecret string

@description('Store a bot client secret (single-tenant bots only).')
param storeBotPassword bool

@secure()
param botPassword string

// Built-in role "Key Vault Secrets User": read secret values, nothing else.
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: vaultName
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    publicNetworkAccess: 'Enabled'
  }
}

resource linkSecretValue 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: vault
  name: 'link-secret'
  properties: {
    value: linkSecret
    contentType: 'Signing key for Tandem download links'
  }
}

resource botPasswordValue 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (storeBotPassword) {
  parent: vault
  name: 'bot-password'
  properties: {
    value: botPassword
    contentType: 'Client secret of the Tandem bot app registration'
  }
}

resource secretReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, readerPrincipalId, keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Versionless URIs: App Service picks up a rotated secret without a new deployment.
output linkSecretUri string = linkSecretValue.properties.secretUri
output botPasswordUri string = storeBotPassword ? botPasswordValue.properties.secretUri : ''
output vaultName string = vault.name
