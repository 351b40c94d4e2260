import { useAzureMonitor } from '@azure/monitor-opentelemetry';

/**
 * Sends request, dependency (storage, Bot Connector) and exception telemetry to Application
 * Insights when its connection string is set, as the Bicep deployment does. Loaded before
 * anything else, because OpenTelemetry instruments `http` only if it comes first. Logs go to
 * stdout (pino), which App Service forwards to the Log Analytics workspace.
 */
const connectionString = process.env.APPLICATIONINSIGHTS_CONNECTION_STRING?.trim();
if (connectionString) {
  useAzureMonitor({ azureMonitorExporterOptions: { connectionString } });
}
