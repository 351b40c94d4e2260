// Every environment variable the server gets in Azure. This resource replaces the app's whole
// settings list on each deployment, so a setting changed by hand in the portal is reset by the
// next provision: change it here (or in the parameters) instead.
//
// test/infra/consistency.test.ts reads the UPPER_SNAKE_CASE keys of this file and compares them
// with the variables bot/src/config.ts reads.

param webAppName string
param hostName string
param identityClientId string
param storageAccountName string
param tableEndpoint string
param queueEndpoint string

@secure()
param appInsightsConnectionString string

@allowed(['UserAssignedMSI', 'SingleTenant'])
param botType string

param botId string
param botTenantId string

@description('Key Vault secret URI of the bot client secret; empty unless botType is SingleTenant.')
param botPasswordSecretUri string

@description('Key Vault secret URI of the download-link signing key.')
param linkSecretUri string

param aadAppClientId string

@description('The Teams app id (the manifest\'s id): cards link into Tandem\'s personal tab with it.')
param teamsAppId string
param tablePrefix string
param logLevel string
param bootstrapAdmins string
param retentionDays int

@description('HR\'s dashboard shows feedback only aggregated over at least this many people or pairs.')
param dashboardMinGroup int

@description('Proactive messages per second per tenant, all instances together (shared through the storage account).')
param tenantRatePerSecond int

@description('The most instances that run at once: while storage cannot be reached, each sends at most the rate divided by this.')
param maxInstances int

resource site 'Microsoft.Web/sites@2024-11-01' existing = {
  name: webAppName
}

var serverSettings = {
  NODE_ENV: 'production'
  LOG_LEVEL: logLevel
  // Storage by endpoint, authenticated as the managed identity (no connection string, no key).
  AZURE_STORAGE_ACCOUNT_NAME: storageAccountName
  AZURE_STORAGE_TABLE_ENDPOINT: tableEndpoint
  AZURE_STORAGE_QUEUE_ENDPOINT: queueEndpoint
  // Picks the user-assigned identity for DefaultAzureCredential / ManagedIdentityCredential.
  AZURE_CLIENT_ID: identityClientId
  TABLE_PREFIX: tablePrefix
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
  BOT_ID: botId
  BOT_TENANT_ID: botTenantId
  BOT_TYPE: botType
  AAD_APP_CLIENT_ID: aadAppClientId
  TEAMS_APP_ID: teamsAppId
  // Where people reach the server: links in cards, the tab's URLs, the SSO resource host.
  PUBLIC_URL: 'https://${hostName}'
  TAB_ENDPOINT: 'https://${hostName}'
  BOT_DOMAIN: hostName
  TANDEM_BOOTSTRAP_ADMINS: bootstrapAdmins
  // Days after a programme closes until participants' personal data is deleted.
  RETENTION_DAYS: string(retentionDays)
  // The works council's figure: no feedback aggregate on HR's dashboard stands for fewer people.
  DASHBOARD_MIN_GROUP: string(dashboardMinGroup)
  // News, reminders and notices take their tokens from one budget per tenant in storage: the instances together stay below Teams' 50/s.
  TENANT_RATE_PER_SECOND: string(tenantRatePerSecond)
  TENANT_RATE_MAX_INSTANCES: string(maxInstances)
  // Secrets are Key Vault references, resolved by App Service as the managed identity.
  TANDEM_LINK_SECRET: '@Microsoft.KeyVault(SecretUri=${linkSecretUri})'
}

var singleTenantSettings = botType == 'SingleTenant' ? {
  BOT_PASSWORD: '@Microsoft.KeyVault(SecretUri=${botPasswordSecretUri})'
} : {}

var platformSettings = {
  // The zip is mounted read-only as wwwroot and already contains the build, so App Service must
  // neither build nor install anything.
  WEBSITE_RUN_FROM_PACKAGE: '1'
  SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
}

resource appSettings 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: site
  name: 'appsettings'
  properties: union(serverSettings, singleTenantSettings, platformSettings)
}
