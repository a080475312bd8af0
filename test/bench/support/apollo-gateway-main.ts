// The old Apollo Gateway (./apollo-gateway.ts) as its own process, for the gateway benchmark:
// `node --import services/shared/register-swc.mjs apollo-gateway-main.ts '<json>'` with the
// supergraph file, the subgraphs' URLs, the gateway's signing key (PEM) and the port. Prints its URL
// once listening.
import { readFile } from 'node:fs/promises';
import { privateKeyFromPem } from '@careline/service-kit';
import { startApolloGateway } from './apollo-gateway.js';

const settings = JSON.parse(process.argv[2] ?? '{}') as {
  supergraphFile: string;
  urls: Record<string, string>;
  privateKeyPem: string;
  port: number;
};
const gateway = await startApolloGateway({
  supergraphSdl: await readFile(settings.supergraphFile, 'utf8'),
  urls: settings.urls,
  signingKey: privateKeyFromPem(settings.privateKeyPem),
  port: settings.port,
});
console.log(`apollo gateway listening at ${gateway.url}`);
process.on('SIGTERM', () => void gateway.stop().then(() => process.exit(0)));
