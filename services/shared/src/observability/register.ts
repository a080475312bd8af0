// `node --import @careline/service-kit/tracing dist/main.js`: starts OpenTelemetry before the service
// loads, when OTEL_EXPORTER_OTLP_ENDPOINT is set; otherwise it does nothing.
import { basename } from 'node:path';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { kitEnv } from '../env.js';
import { startTracing } from './tracing.js';

const env = kitEnv();
if (env.OTEL_EXPORTER_OTLP_ENDPOINT) {
  startTracing({
    // a service runs from its own folder (services/<name>)
    serviceName: env.OTEL_SERVICE_NAME ?? basename(process.cwd()),
    exporter: new OTLPTraceExporter({ url: new URL('v1/traces', `${env.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/$/, '')}/`).toString() }),
    batch: true,
  });
}
