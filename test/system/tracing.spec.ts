import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { context, SpanKind, trace, TraceFlags } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace';
import { startTracing } from '@careline/service-kit/observability';

// Tracing starts before anything loads pg, graphql or http (the instrumentations patch them as they
// are imported), so everything that loads them is imported afterwards (no static import of the kit's
// index or testing here), as `node --import …/tracing` does in production.
const exporter = new InMemorySpanExporter();
const tracing = startTracing({ serviceName: 'careline-test', exporter });
const { startSystem } = await import('../support/system.js');
const { eventually } = await import('@careline/service-kit/testing');

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CLIENT_SPAN_ID = '00f067aa0ba902b7';

describe('a traced federated query', () => {
  let system: Awaited<ReturnType<typeof startSystem>>;
  let customerId: string;
  beforeAll(async () => {
    system = await startSystem();
    const created = await system.as('cs.admin', `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`, {
      input: { name: '陈静', phone: '13812345678', channel: 'WECHAT', region: '越秀区' },
    });
    customerId = created.data.createCustomer.id as string;
    // members learns of the customer from the CustomerRegistered event
    await eventually(async () => {
      const result = await system.as('member.admin', `mutation ($input: EnrollMemberInput!) { enrollMember(input: $input) { id } }`, {
        input: { customerId },
      });
      return result.data?.enrollMember;
    });
  });
  afterAll(async () => {
    await system?.stop();
    await tracing.shutdown();
  });

  it("continues the caller's traceparent through the gateway into each subgraph and its SQL: one trace id", async () => {
    const headers = await system.authHeaders('director');
    exporter.reset();
    // a traced client's span (as a browser or partner system with OpenTelemetry would have): its fetch
    // sends `traceparent: 00-<TRACE_ID>-<span>-01` to the gateway
    const clientSpan = trace.wrapSpanContext({ traceId: TRACE_ID, spanId: CLIENT_SPAN_ID, traceFlags: TraceFlags.SAMPLED, isRemote: true });
    const result = await context.with(trace.setSpan(context.active(), clientSpan), () =>
      system.graphql('{ customers(first: 3) { totalCount nodes { name membership { cardNumber } } } }', {}, headers),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.customers.nodes[0].membership.cardNumber).toMatch(/\S/);

    const spans = exporter.getFinishedSpans();
    const inTrace = spans.filter((span) => span.spanContext().traceId === TRACE_ID);
    const byId = new Map(inTrace.map((span) => [span.spanContext().spanId, span]));
    /** the spans from `span` up to the trace's root, within this trace */
    const ancestry = (span: ReadableSpan): ReadableSpan[] => {
      const parentId = span.parentSpanContext?.spanId;
      const parent = parentId ? byId.get(parentId) : undefined;
      return parent ? [span, ...ancestry(parent)] : [span];
    };
    const servedBy = (name: 'crm' | 'members') =>
      inTrace.filter((span) => span.kind === SpanKind.SERVER && span.attributes['server.port'] === system.services[name].port);

    for (const name of ['crm', 'members'] as const) {
      // the subgraph's request span continues the gateway's fetch, not a trace of its own
      const [server] = servedBy(name);
      expect(server, `${name}'s request span in the trace`).toBeDefined();
      expect(server!.parentSpanContext?.spanId).toBeDefined();
      // its SQL hangs under that request: the statement's span has the subgraph's request span as an ancestor
      const sql = inTrace.filter(
        (span) => span.name.startsWith('pg.query') && String(span.attributes['db.query.text']).includes(`"${name}".`),
      );
      expect(sql.length, `${name}'s SQL in the trace`).toBeGreaterThan(0);
      for (const statement of sql) expect(ancestry(statement)).toContain(server);
      // and the chain goes back to the caller's span
      expect(ancestry(server!).at(-1)!.parentSpanContext?.spanId).toBe(CLIENT_SPAN_ID);
    }
    // the SQL text shows the statements' shape, not the values: no customer id, no literal at all
    const sqlTexts = inTrace.filter((span) => span.name.startsWith('pg.query')).map((span) => String(span.attributes['db.query.text']));
    expect(sqlTexts.some((text) => text.includes('"members"."membership"') && text.includes('in (?)'))).toBe(true);
    for (const text of sqlTexts) {
      expect(text).not.toContain(customerId);
      expect(text).not.toMatch(/'/);
    }
    // nothing of this request started a trace of its own
    const graphqlRequests = spans.filter((span) => span.kind === SpanKind.SERVER && span.attributes['url.path'] === '/graphql');
    expect(graphqlRequests.length).toBeGreaterThanOrEqual(3);
    expect(new Set(graphqlRequests.map((span) => span.spanContext().traceId))).toEqual(new Set([TRACE_ID]));
  });
});
