import { register } from 'node:module';
import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { CompositePropagator, W3CBaggagePropagator, W3CTraceContextPropagator } from '@opentelemetry/core';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, SimpleSpanProcessor, TracerProvider, type SpanExporter } from '@opentelemetry/sdk-trace';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';

export interface TracingOptions {
  /** the service's name on its spans (`service.name`) */
  serviceName: string;
  /** where spans go: OTLP/HTTP in production, an in-memory exporter in tests */
  exporter: SpanExporter;
  /** batch spans before export (production); tests export each span as it ends */
  batch?: boolean;
}

export interface Tracing {
  /** exports what is still buffered and stops */
  shutdown(): Promise<void>;
}

let active: Tracing | undefined;

// paths a balancer or Prometheus polls: a span each would drown the traces that matter
const UNTRACED_PATHS = /^\/(health|ready|metrics)\b/;

/**
 * OpenTelemetry in this process: W3C trace context (`traceparent`) continued from the caller, a span
 * for each HTTP request in and out (node:http and fetch), for GraphQL parsing, validation and execution, and for each SQL
 * statement. Must run before the service's modules are imported (the instrumentations patch `pg`,
 * `graphql` and `http` as they load): `node --import @careline/service-kit/tracing dist/main.js`.
 */
export function startTracing(options: TracingOptions): Tracing {
  if (active) return active;
  // ESM imports are patched through import-in-the-middle's loader hook (MikroORM imports pg as ESM)
  register('@opentelemetry/instrumentation/hook.mjs', import.meta.url);
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.serviceName }),
    spanProcessors: [
      options.batch ? new BatchSpanProcessor({ exporter: options.exporter }) : new SimpleSpanProcessor({ exporter: options.exporter }),
    ],
  });
  trace.setGlobalTracerProvider(provider);
  context.setGlobalContextManager(new AsyncLocalStorageContextManager());
  propagation.setGlobalPropagator(new CompositePropagator({ propagators: [new W3CTraceContextPropagator(), new W3CBaggagePropagator()] }));
  const unregister = registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (request) => UNTRACED_PATHS.test(request.url ?? '') }),
      // fetch() is undici: outgoing calls carry traceparent on
      new UndiciInstrumentation(),
      // one span per resolver would be thousands for a page of rows; the operation's phases are enough
      new GraphQLInstrumentation({ ignoreTrivialResolveSpans: true, ignoreResolveSpans: true }),
      // SQL outside a request (pool housekeeping, pg-boss polling) would be a trace of its own each time
      new PgInstrumentation({
        requireParentSpan: true,
        // MikroORM writes values into the SQL text: names, phones and ids would reach the collector
        requestHook: (span, { query }) => span.setAttribute('db.query.text', withoutValues(query.text)),
      }),
    ],
  });
  const tracing: Tracing = {
    shutdown: async () => {
      unregister();
      await provider.shutdown();
      active = undefined;
    },
  };
  active = tracing;
  return tracing;
}

/**
 * The statement's shape without its values: string literals (names, phones, ids) and numbers become
 * `?`, so a trace shows which query ran but nothing of whom it was about.
 */
export function withoutValues(sql: string): string {
  return sql
    .replace(/\bE'(?:[^'\\]|\\[\s\S]|'')*'/g, '?') // E'…' strings take backslash escapes
    .replace(/'(?:[^']|'')*'/g, '?')
    .replace(/\$(\w*)\$[\s\S]*?\$\1\$/g, '?')
    .replace(/(?<![\w"$.])-?\d+(?:\.\d+)?(?![\w"])/g, '?');
}

/** Flushes and stops tracing when it runs (called by the service's shutdown). */
export async function stopTracing(): Promise<void> {
  await active?.shutdown();
}
