// The Azure Bot registration and its Microsoft Teams channel. New multi-tenant registrations can no
// longer be created, so the bot is either the web app's user-assigned managed identity or a
// single-tenant app registration.

param name string
param displayName string
param sku string
param tags object
param messagingEndpoint string

@allowed(['UserAssignedMSI', 'SingleTenant'])
param botType string

@description('The managed identity client id (UserAssignedMSI) or the app registration client id (SingleTenant).')
param botId string

param tenantId string

@description('Resource id of the user-assigned identity; used only with UserAssignedMSI.')
param identityResourceId string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: messagingEndpoint
    msaAppType: botType
    msaAppId: botId
    msaAppTenantId: tenantId
    msaAppMSIResourceId: botType == 'UserAssignedMSI' ? identityResourceId : null
    publicNetworkAccess: 'Enabled'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

output name string = bot.name
