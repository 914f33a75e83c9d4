// Handoff Advisor in one resource group: a user-assigned managed identity, the bot's host (App
// Service on Linux, Node 20), Blob storage for its state, logs kept in Log Analytics, Application
// Insights, and the Azure Bot with its Microsoft Teams channel.
//
//   az deployment group create --resource-group <group> --template-file infra/main.bicep \
//     --parameters infra/main.parameters.json
//
// No Bicep compiler runs in this repository's CI: this file is checked by reading, and a test
// checks that its app settings and the bot's configuration agree (test/infra/).

@description('Base of every resource name: 3 to 16 lowercase letters and digits.')
@minLength(3)
@maxLength(16)
param name string

@description('Region for everything but the Azure Bot, which is global.')
param location string = resourceGroup().location

@description('How the bot signs in: UserAssignedMSI (no secret to keep) or SingleTenant (an app registration you made, with a client secret).')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param botAppType string = 'UserAssignedMSI'

@description('SingleTenant only: the client id of the bot\'s app registration.')
param singleTenantAppId string = ''

@description('SingleTenant only: a client secret of that app registration.')
@secure()
param singleTenantAppPassword string = ''

@description('Tenant ids (comma-separated GUIDs) whose people may use the bot. The default is the tenant you deploy in.')
param allowedTenants string = tenant().tenantId

@description('The bot\'s display name in the Azure portal.')
param botDisplayName string = 'Handoff Advisor'

@description('Azure Bot pricing tier; the Teams channel is free on F0.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('App Service plan tier (Linux). B1 and up keep the app always on.')
param appServicePlanSku string = 'B1'

@description('How many instances serve the bot; several need Blob storage, which this deploys.')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('The Node.js runtime; see `az webapp list-runtimes --os-type linux`.')
param linuxFxVersion string = 'NODE|20-lts'

@description('Days Log Analytics keeps the bot\'s logs.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('Send requests, dependencies and exceptions to Application Insights.')
param enableApplicationInsights bool = true

var suffix = uniqueString(resourceGroup().id, name)
// Storage account names allow lowercase letters and digits only.
var compactName = toLower(replace(name, '-', ''))
var isManagedIdentity = botAppType == 'UserAssignedMSI'
var containerName = 'bot-state'
// Storage Blob Data Contributor, a built-in role: read, write and delete blobs in a container.
var blobDataContributorRoleId = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-${name}-${suffix}'
  location: location
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take('st${compactName}${suffix}', 24)
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    allowBlobPublicAccess: false
    // Only Entra identities: no account key can leak, because none works.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource container 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: containerName
  properties: {
    publicAccess: 'None'
  }
}

resource stateAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(container.id, identity.id, blobDataContributorRoleId)
  scope: container
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', blobDataContributorRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-${name}-${suffix}'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = if (enableApplicationInsights) {
  name: 'appi-${name}-${suffix}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'plan-${name}-${suffix}'
  location: location
  kind: 'linux'
  sku: {
    name: appServicePlanSku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

// The bot's own variables (see .env.example); the SingleTenant secret and Application Insights
// are added below only when they apply.
var botSettings = [
  {
    name: 'MicrosoftAppType'
    value: botAppType
  }
  {
    name: 'MicrosoftAppId'
    value: isManagedIdentity ? identity.properties.clientId : singleTenantAppId
  }
  {
    name: 'MicrosoftAppTenantId'
    value: isManagedIdentity ? identity.properties.tenantId : tenant().tenantId
  }
  {
    name: 'ALLOWED_TENANTS'
    value: allowedTenants
  }
  {
    name: 'STORAGE'
    value: 'blob'
  }
  {
    name: 'BLOB_ACCOUNT_URL'
    value: storage.properties.primaryEndpoints.blob
  }
  {
    name: 'BLOB_CONTAINER'
    value: containerName
  }
  {
    name: 'AZURE_CLIENT_ID'
    value: identity.properties.clientId
  }
  {
    name: 'LOG_LEVEL'
    value: 'info'
  }
]
var secretSettings = isManagedIdentity ? [] : [
  {
    name: 'MicrosoftAppPassword'
    value: singleTenantAppPassword
  }
]
var telemetrySettings = enableApplicationInsights ? [
  {
    name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
    value: appInsights.properties.ConnectionString
  }
] : []
// App Service's own: install the production dependencies of the uploaded bundle (npm run deploy:zip).
var platformSettings = [
  {
    name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
    value: 'true'
  }
  {
    name: 'CUSTOM_BUILD_COMMAND'
    value: 'npm install --omit=dev --no-audit --no-fund'
  }
]

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: 'app-${name}-${suffix}'
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: linuxFxVersion
      appCommandLine: 'node --enable-source-maps build/index.js'
      alwaysOn: true
      // App Service takes an instance out of the load balancer while its storage cannot be read.
      healthCheckPath: '/readyz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: concat(botSettings, secretSettings, telemetrySettings, platformSettings)
    }
  }
  dependsOn: [
    stateAccess
  ]
}

// The JSON lines the bot writes to stdout, kept in Log Analytics for logRetentionDays.
resource siteLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'logs-to-workspace'
  scope: site
  properties: {
    workspaceId: logs.id
    logs: [
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: 'bot-${name}-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${site.properties.defaultHostName}/api/messages'
    msaAppType: botAppType
    msaAppId: isManagedIdentity ? identity.properties.clientId : singleTenantAppId
    msaAppTenantId: isManagedIdentity ? identity.properties.tenantId : tenant().tenantId
    msaAppMSIResourceId: isManagedIdentity ? identity.id : null
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

@description('Where the Bot Connector sends Teams activities.')
output messagingEndpoint string = bot.properties.endpoint

@description('The bot id: MicrosoftAppId for `npm run package`.')
output botId string = bot.properties.msaAppId

output botName string = bot.name
output webAppName string = site.name
output webAppUrl string = 'https://${site.properties.defaultHostName}'
output storageAccountName string = storage.name
output blobContainer string = containerName
output identityClientId string = identity.properties.clientId
