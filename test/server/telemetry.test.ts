import { ConfigError, loadConfig } from '../../src/config';
import { type AzureMonitorModule, startTelemetry } from '../../src/telemetry';

const CONNECTION_STRING =
  'InstrumentationKey=12345678-1234-1234-1234-123456789abc;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/';

const telemetryOf = (env: Record<string, string>) => loadConfig(env, { envFile: false }).telemetry;

/** a stand-in for @azure/monitor-opentelemetry that records what it is asked to do */
function fakeMonitor(shutdown: () => Promise<void> = async () => undefined) {
  const calls: string[] = [];
  const options: unknown[] = [];
  const module: AzureMonitorModule = {
    useAzureMonitor: (given) => {
      calls.push('useAzureMonitor');
      options.push(given);
    },
    shutdownAzureMonitor: () => {
      calls.push('shutdownAzureMonitor');
      return shutdown();
    },
  };
  const load = jest.fn(async () => module);
  return { calls, options, load };
}

describe('telemetry', () => {
  it('stays off by default: the library is not even loaded', async () => {
    const monitor = fakeMonitor();
    const telemetry = await startTelemetry(telemetryOf({}), monitor.load);
    expect(telemetry.kind).toBe('off');
    await telemetry.shutdown(1_000);
    expect(monitor.load).not.toHaveBeenCalled();
  });

  it('with a connection string, starts Azure Monitor with it once and flushes it at shutdown', async () => {
    const monitor = fakeMonitor();
    const telemetry = await startTelemetry(
      telemetryOf({ APPLICATIONINSIGHTS_CONNECTION_STRING: CONNECTION_STRING }),
      monitor.load,
    );
    expect(telemetry.kind).toBe('azureMonitor');
    expect(monitor.options).toEqual([
      { azureMonitorExporterOptions: { connectionString: CONNECTION_STRING } },
    ]);
    await telemetry.shutdown(1_000);
    expect(monitor.calls).toEqual(['useAzureMonitor', 'shutdownAzureMonitor']);
  });

  it.each([
    ['never finishes', () => new Promise<void>(() => undefined)],
    ['fails', () => Promise.reject(new Error('ingestion endpoint unreachable'))],
  ])('does not hold the shutdown up when flushing %s', async (_name, shutdown) => {
    const monitor = fakeMonitor(shutdown);
    const telemetry = await startTelemetry(
      telemetryOf({ APPLICATIONINSIGHTS_CONNECTION_STRING: CONNECTION_STRING }),
      monitor.load,
    );
    await expect(telemetry.shutdown(20)).resolves.toBeUndefined();
  });

  it('turning it on with a value that is not a connection string is a configuration error', () => {
    expect(() => telemetryOf({ APPLICATIONINSIGHTS_CONNECTION_STRING: 'true' })).toThrow(
      ConfigError,
    );
    expect(() => telemetryOf({ APPLICATIONINSIGHTS_CONNECTION_STRING: 'true' })).toThrow(
      /APPLICATIONINSIGHTS_CONNECTION_STRING must be the connection string of an Application Insights resource/,
    );
  });

  it('uses the installed @azure/monitor-opentelemetry, which has what the bot calls', async () => {
    // Loading it starts nothing; only useAzureMonitor would.
    const module: AzureMonitorModule = await import('@azure/monitor-opentelemetry');
    expect(typeof module.useAzureMonitor).toBe('function');
    expect(typeof module.shutdownAzureMonitor).toBe('function');
  }, 30_000);
});
