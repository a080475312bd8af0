import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID, type KeyObject } from 'node:crypto';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { CALLER_HEADER, REQUEST_ID_HEADER, signCaller, type Caller } from '@careline/service-kit';

/**
 * The gateway as it was before issue 13 (Apollo Gateway, identity asked on every request, the
 * caller signed per request), kept only so `pnpm bench` can compare throughput. Its armor, cost and
 * rate-limit plugins are left out, which only makes it faster: the comparison is conservative.
 */
interface Context {
  requestId: string;
  callerToken: Promise<string>;
}

class Source extends RemoteGraphQLDataSource<Context> {
  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<Context>) {
    if (!('requestId' in context)) return;
    request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
    request.http?.headers.set(CALLER_HEADER, await context.callerToken);
  }
}

export async function startApolloGateway(options: {
  supergraphSdl: string;
  urls: Record<string, string>;
  signingKey: KeyObject;
  port?: number;
}) {
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name }) => new Source({ url: options.urls[name] }),
  });
  const app = express();
  const server = http.createServer(app);
  const apollo = new ApolloServer<Context>({ gateway, csrfPrevention: true, allowBatchedHttpRequests: false });
  await apollo.start();
  const authenticateUrl = options.urls.identity!.replace(/\/graphql$/, '/internal/authenticate');
  const system: Caller = { kind: 'system', name: 'gateway' };
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = randomUUID();
        const authorization = req.header('authorization');
        const apiKey = req.header('x-api-key');
        let caller: Caller = { kind: 'anonymous' };
        if (authorization || apiKey) {
          const response = await fetch(authenticateUrl, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              [REQUEST_ID_HEADER]: requestId,
              [CALLER_HEADER]: await signCaller(system, requestId, options.signingKey),
            },
            body: JSON.stringify(apiKey ? { apiKey } : { accessToken: authorization!.replace(/^Bearer\s+/i, '') }),
          });
          if (!response.ok) throw new GraphQLError('unauthenticated', { extensions: { code: 'UNAUTHENTICATED' } });
          caller = ((await response.json()) as { caller: Caller }).caller;
        }
        return { requestId, callerToken: signCaller(caller, requestId, options.signingKey) };
      },
    }),
  );
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    url,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await apollo.stop();
    },
  };
}
