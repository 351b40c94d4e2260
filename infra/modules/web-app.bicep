// The Linux App Service plan and web app that run the Tandem server (bot endpoint, tab API and
// tab files). App settings live in app-settings.bicep, because they need the app's own host name.

param planName string
param webAppName string
param location string
param tags object
param sku string
param instanceCount int
param nodeVersion string

@description('Resource id of the user-assigned identity the app runs as.')
param identityResourceId string

@description('Log Analytics workspace that receives the console and HTTP logs.')
param workspaceId string

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: sku
    capacity: instanceCount
  }
  properties: {
    reserved: true // Linux
  }
}

resource site 'Microsoft.Web/sites@2024-11-01' = {
  name: webAppName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityResourceId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Every instance is stateless, so requests need no affinity cookie.
    clientAffinityEnabled: false
    // Key Vault references (BOT_PASSWORD in single-tenant mode) resolve as this identity.
    keyVaultReferenceIdentity: identityResourceId
    siteConfig: {
      linuxFxVersion: nodeVersion
      // The deployment zip holds the compiled server and production node_modules only.
      appCommandLine: 'node build/server/bot/src/index.js'
      alwaysOn: true
      healthCheckPath: '/healthz'
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      http20Enabled: true
      remoteDebuggingEnabled: false
      webSocketsEnabled: false
    }
  }
}

// Deployments authenticate with Entra ID (the Agents Toolkit and `az webapp deploy` both do), so
// the legacy publishing user name and password are switched off.
resource basicAuthPolicies 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = [
  for protocol in ['ftp', 'scm']: {
    parent: site
    name: protocol
    properties: {
      allow: false
    }
  }
]

resource logs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'tandem-logs'
  scope: site
  properties: {
    workspaceId: workspaceId
    logs: [
      for category in ['AppServiceConsoleLogs', 'AppServiceHTTPLogs', 'AppServicePlatformLogs']: {
        category: category
        enabled: true
      }
    ]
  }
}

output id string = site.id
output name string = site.name
output hostName string = site.properties.defaultHostName
