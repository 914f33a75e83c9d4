import type { TelemetryConfig } from './config';

/** what @azure/monitor-opentelemetry offers, as far as the bot uses it */
export interface AzureMonitorModule {
  useAzureMonitor(options: { azureMonitorExporterOptions: { connectionString: string } }): void;
  shutdownAzureMonitor(): Promise<void>;
}

export interface Telemetry {
  readonly kind: TelemetryConfig['kind'];
  /** sends what is still buffered; never waits longer than `timeoutMs` */
  shutdown(timeoutMs: number): Promise<void>;
}

const OFF: Telemetry = { kind: 'off', shutdown: async () => undefined };

/**
 * starts exporting traces and metrics where the configuration asks for it: to Azure Monitor
 * (Application Insights) through @azure/monitor-opentelemetry, which instruments the HTTP server
 * and client and the Azure SDK. It must start before the modules it instruments load, so the
 * entry point calls it before it loads the app. Off by default: then the library is not even
 * loaded. The JSON logs on stdout are written either way.
 */
export async function startTelemetry(
  config: TelemetryConfig,
  load: () => Promise<AzureMonitorModule> = () => import('@azure/monitor-opentelemetry'),
): Promise<Telemetry> {
  if (config.kind === 'off') return OFF;
  const monitor = await load();
  monitor.useAzureMonitor({
    azureMonitorExporterOptions: { connectionString: config.connectionString },
  });
  return {
    kind: config.kind,
    shutdown: async (timeoutMs) => {
      let timer: NodeJS.Timeout | undefined;
      const gaveUp = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
        timer.unref();
      });
      try {
        // An unreachable ingestion endpoint must not hold the shutdown up.
        await Promise.race([monitor.shutdownAzureMonitor().catch(() => undefined), gaveUp]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
