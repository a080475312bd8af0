// Subgraphs that answer from memory, for the gateway benchmark's gateway-bound throughput run:
// `node replay-subgraphs.ts '<json>'` (Node's own type stripping, like load-client.ts) listens on
// each route's port in front of a real subgraph. The first time a request (its query, variables
// and operation name) is seen it goes to the real subgraph, signed caller token and all, and its
// answer is kept if it is a 200 without GraphQL errors; from then on the same request is answered
// from memory without reaching the subgraph or PostgreSQL.
//
// Why: on this 2-core machine the three real subgraphs and PostgreSQL need about four times the
// CPU the gateway itself does per request, so with real subgraphs both gateways queue behind the
// same subgraphs and their throughput ratio measures the subgraphs more than the gateways. Public
// gateway benchmarks (ChilliCream/graphql-gateway-benchmarks, the figures issue 13 cites) use
// subgraphs that answer at once for the same reason. The run with real subgraphs stays in the report.
import http from 'node:http';

interface Route {
  port: number;
  /** the real subgraph's GraphQL address */
  upstream: string;
}

const { routes } = JSON.parse(process.argv[2]!) as { routes: Route[] };
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

interface Kept {
  status: number;
  contentType: string;
  body: Buffer;
}

/** The request's identity for replay: what the subgraph answers depends on, nothing per request (null: not JSON, never kept). */
function replayKey(path: string, body: Buffer): string | null {
  let request: { query?: string; variables?: unknown; operationName?: string };
  try {
    request = JSON.parse(body.toString()) as typeof request;
  } catch {
    return null;
  }
  return `${path}\n${request.operationName ?? ''}\n${request.query ?? ''}\n${JSON.stringify(request.variables ?? null)}`;
}

/** The request as it came, to the real subgraph (GraphQL to its GraphQL path, anything else to the same path). */
function forward(upstream: URL, incoming: http.IncomingMessage, body: Buffer): Promise<Kept> {
  const headers = { ...incoming.headers, host: upstream.host, 'content-length': String(body.length) };
  const path = incoming.method === 'POST' ? upstream.pathname : (incoming.url ?? '/');
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: upstream.hostname, port: upstream.port, path, method: incoming.method, headers, agent },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 502,
            contentType: String(response.headers['content-type'] ?? 'application/json'),
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

let listening = 0;
for (const route of routes) {
  const upstream = new URL(route.upstream);
  const kept = new Map<string, Kept>();
  const server = http.createServer({ keepAlive: true }, (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks);
      const answer = (reply: Kept) => {
        outgoing.writeHead(reply.status, { 'content-type': reply.contentType, 'content-length': String(reply.body.length) });
        outgoing.end(reply.body);
      };
      if (incoming.method !== 'POST') {
        // health and readiness go to the real subgraph every time
        forward(upstream, incoming, body).then(answer, () =>
          answer({ status: 502, contentType: 'text/plain', body: Buffer.from('bad gateway') }),
        );
        return;
      }
      const key = replayKey(incoming.url ?? '', body);
      const reply = key === null ? undefined : kept.get(key);
      if (reply) return answer(reply);
      // a body that is not JSON goes to the real subgraph, which answers it with its own error
      forward(upstream, incoming, body).then(
        (fresh) => {
          if (key !== null && fresh.status === 200 && !fresh.body.includes('"errors"')) kept.set(key, fresh);
          answer(fresh);
        },
        () => answer({ status: 502, contentType: 'text/plain', body: Buffer.from('bad gateway') }),
      );
    });
  });
  server.listen(route.port, '127.0.0.1', () => {
    if (++listening === routes.length) console.log(`replaying ${routes.map((r) => r.port).join(', ')}`);
  });
}
process.on('SIGTERM', () => process.exit(0));
