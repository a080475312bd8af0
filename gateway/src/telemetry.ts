import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { Logger } from 'pino';
import { hiveLoggerFor } from './logging.js';

/**
 * Prometheus metrics (`/metrics`) and OpenTelemetry traces, Hive Gateway's own plugins, each
 * loaded only when configured: off by default, nothing to run and nothing imported.
 */
export async function telemetryPlugins(settings: { metrics: boolean; otlpEndpoint?: string; log: Logger }): Promise<GatewayPlugin[]> {
  const plugins: GatewayPlugin[] = [];
  if (settings.metrics) {
    const { default: usePrometheus } = await import('@graphql-mesh/plugin-prometheus');
    plugins.push(usePrometheus({ endpoint: '/metrics', metrics: true, log: hiveLoggerFor(settings.log) }) as GatewayPlugin);
  }
  if (settings.otlpEndpoint) {
    const { useOpenTelemetry } = await import('@graphql-hive/plugin-opentelemetry');
    const { openTelemetrySetup } = await import('@graphql-hive/plugin-opentelemetry/setup');
    const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-http');
    const { AsyncLocalStorageContextManager } = await import('@opentelemetry/context-async-hooks');
    openTelemetrySetup({
      contextManager: new AsyncLocalStorageContextManager(),
      traces: { exporter: new OTLPTraceExporter({ url: settings.otlpEndpoint }) },
    });
    plugins.push(useOpenTelemetry({ traces: true }) as unknown as GatewayPlugin);
  }
  return plugins;
}
