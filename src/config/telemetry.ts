import type { Env } from './variables';

/** where traces and metrics go besides the JSON logs on stdout: nowhere unless a variable says so */
export type TelemetryConfig =
  | { readonly kind: 'off' }
  | {
      /** Azure Monitor (Application Insights) through @azure/monitor-opentelemetry */
      readonly kind: 'azureMonitor';
      readonly connectionString: string;
    };

export function telemetryConfig(env: Env): TelemetryConfig {
  const connectionString = env.APPLICATIONINSIGHTS_CONNECTION_STRING;
  return connectionString === undefined
    ? { kind: 'off' }
    : { kind: 'azureMonitor', connectionString };
}
