// Tandem in one resource group: a Linux web app running the Node server, an Azure Bot with the
// Microsoft Teams channel, a storage account (tables + queues) reached only through Entra ID,
// and Application Insights on a Log Analytics workspace.
//
// Secrets (the link-signing key, and a single-tenant bot's client secret) live in Key Vault.
//
// Deploy with the Microsoft 365 Agents Toolkit (m365agents.yml) or with the Azure CLI
// (docs/deploy.md). Outputs are UPPER_SNAKE_CASE because the Toolkit writes each output into
// env/.env.<env> under its upper-cased name.

targetScope = 'resourceGroup'

@minLength(3)
@maxLength(12)
@description('Lowercase letters and digits; every resource name is derived from it (e.g. tandemdev).')
param resourceBaseName string

@description('Client id of the tab SSO app registration (aadApp/create writes it as AAD_APP_CLIENT_ID).')
@description('The Teams app id (the manifest\'s id, set by teamsApp/create): cards link into Tandem\'s personal tab with it.')
param teamsAppId string = ''

param aadAppClientId string

@description('Comma-separated Entra object ids or UPNs of the first HR admins (TANDEM_BOOTSTRAP_ADMINS).')
param bootstrapAdmins string

@description('Azure region for everything except the bot registration.')
param location string = resourceGroup().location

@allowed(['B1', 'B2', 'B3', 'S1', 'S2', 'S3', 'P0v3', 'P1v3', 'P2v3', 'P3v3'])
@description('App Service plan size. Free and shared plans cannot keep the app always on, so they are not offered.')
param appServicePlanSku string = 'B1'

@minValue(1)
@maxValue(10)
@description('Number of server instances. The server keeps no state in memory, so any number works.')
param instanceCount int = 1

@allowed(['NODE|20-lts', 'NODE|22-lts'])
param nodeVersion string = 'NODE|20-lts'

@allowed(['Standard_LRS', 'Standard_ZRS', 'Standard_GRS', 'Standard_GZRS'])
@description('Storage redundancy. ZRS is the better choice where the region offers availability zones.')
param storageSku string = 'Standard_LRS'

@description('A CanNotDelete lock on the storage account, so deleting the resource group cannot silently delete the programme data.')
param lockStorageAccount bool = true

@allowed(['UserAssignedMSI', 'SingleTenant'])
@description('UserAssignedMSI: the bot authenticates as the managed identity, no secret exists. SingleTenant: an app registration and its client secret (kept in Key Vault).')
param botType string = 'UserAssignedMSI'

@description('SingleTenant only: the bot app registration client id.')
param botAppId string = ''

@secure()
@description('SingleTenant only: the bot app registration client secret.')
param botPassword string = ''

@secure()
@description('Signing key for download links (TANDEM_LINK_SECRET). The default, a random GUID, is new on every deployment; that only invalidates links still open at that moment.')
param linkSecret string = newGuid()

@maxLength(42)
param botDisplayName string = 'Tandem'

@allowed(['F0', 'S1'])
@description('Teams is a standard channel, so the free bot SKU carries all Teams traffic.')
param botSku string = 'F0'

@description('Prefix of every table name (letters and digits, starting with a letter).')
param tablePrefix string = 'tandem'

@allowed(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
param logLevel string = 'info'

@description('Days after a programme closes until participants\' personal data is deleted (agree this with your works council).')
@minValue(0)
@maxValue(3650)
param retentionDays int = 180

@description('HR\'s dashboard shows ratings and other feedback only over at least this many people or pairs (agree it with your works council).')
@minValue(2)
@maxValue(50)
param dashboardMinGroup int = 3

@minValue(30)
@maxValue(730)
@description('Days Log Analytics keeps server logs and request telemetry.')
param logRetentionDays int = 30

param tags object = {
  application: 'tandem'
}

// uniqueString is stable for a resource group and base name, so re-deploying updates in place.
var suffix = uniqueString(resourceGroup().id, resourceBaseName)
var names = {
  identity: 'id-${resourceBaseName}'
  plan: 'plan-${resourceBaseName}'
  webApp: '${resourceBaseName}-${take(suffix, 8)}'
  bot: 'bot-${resourceBaseName}-${take(suffix, 8)}'
  storage: toLower(take('st${resourceBaseName}${suffix}', 24))
  keyVault: toLower(take('kv-${resourceBaseName}-${suffix}', 24))
  workspace: 'log-${resourceBaseName}'
  appInsights: 'appi-${resourceBaseName}'
}
var singleTenant = botType == 'SingleTenant'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: names.identity
  location: location
  tags: tags
}

module monitoring './modules/monitoring.bicep' = {
  name: 'tandem-monitoring'
  params: {
    workspaceName: names.workspace
    appInsightsName: names.appInsights
    location: location
    tags: tags
    retentionDays: logRetentionDays
  }
}

module storage './modules/storage.bicep' = {
  name: 'tandem-storage'
  params: {
    name: names.storage
    location: location
    tags: tags
    sku: storageSku
    dataPrincipalId: identity.properties.principalId
    lock: lockStorageAccount
  }
}

module webApp './modules/web-app.bicep' = {
  name: 'tandem-web-app'
  params: {
    planName: names.plan
    webAppName: names.webApp
    location: location
    tags: tags
    sku: appServicePlanSku
    instanceCount: instanceCount
    nodeVersion: nodeVersion
    identityResourceId: identity.id
    workspaceId: monitoring.outputs.workspaceId
  }
}

module secrets './modules/secrets.bicep' = {
  name: 'tandem-secrets'
  params: {
    vaultName: names.keyVault
    location: location
    tags: tags
    readerPrincipalId: identity.properties.principalId
    linkSecret: linkSecret
    storeBotPassword: singleTenant
    botPassword: botPassword
  }
}

var botId = singleTenant ? botAppId : identity.properties.clientId

module bot './modules/bot.bicep' = {
  name: 'tandem-bot'
  params: {
    name: names.bot
    displayName: botDisplayName
    sku: botSku
    tags: tags
    messagingEndpoint: 'https://${webApp.outputs.hostName}/api/messages'
    botType: botType
    botId: botId
    tenantId: tenant().tenantId
    identityResourceId: identity.id
  }
}

module appSettings './modules/app-settings.bicep' = {
  name: 'tandem-app-settings'
  params: {
    webAppName: webApp.outputs.name
    hostName: webApp.outputs.hostName
    identityClientId: identity.properties.clientId
    storageAccountName: storage.outputs.name
    tableEndpoint: storage.outputs.tableEndpoint
    queueEndpoint: storage.outputs.queueEndpoint
    appInsightsConnectionString: monitoring.outputs.connectionString
    botType: botType
    botId: botId
    botTenantId: tenant().tenantId
    botPasswordSecretUri: secrets.outputs.botPasswordUri
    linkSecretUri: secrets.outputs.linkSecretUri
    aadAppClientId: aadAppClientId
    teamsAppId: teamsAppId
    tablePrefix: tablePrefix
    logLevel: logLevel
    bootstrapAdmins: bootstrapAdmins
    retentionDays: retentionDays
    dashboardMinGroup: dashboardMinGroup
    // The instances share the tenant's budget (40 of Teams' 50 messages per second) through the
    // storage account; while it cannot be reached, each sends at most its share of the instances.
    tenantRatePerSecond: 40
    maxInstances: instanceCount
  }
}

// Written back into env/.env.<env> by the Agents Toolkit. Every value is non-empty: the Toolkit
// turns an empty string output into the text "[object Object]".
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.outputs.id
output WEB_APP_NAME string = webApp.outputs.name
output BOT_DOMAIN string = webApp.outputs.hostName
output TAB_ENDPOINT string = 'https://${webApp.outputs.hostName}'
output BOT_ID string = botId
output BOT_TENANT_ID string = tenant().tenantId
output BOT_SERVICE_NAME string = bot.outputs.name
output IDENTITY_CLIENT_ID string = identity.properties.clientId
output IDENTITY_RESOURCE_ID string = identity.id
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_TABLE_ENDPOINT string = storage.outputs.tableEndpoint
output AZURE_STORAGE_QUEUE_ENDPOINT string = storage.outputs.queueEndpoint
output APPLICATION_INSIGHTS_NAME string = monitoring.outputs.appInsightsName
output LOG_ANALYTICS_WORKSPACE_NAME string = monitoring.outputs.workspaceName
output KEY_VAULT_NAME string = secrets.outputs.vaultName
