import { existsSync, readFileSync, readdirSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { serveStatic } from '@careline/scripts/static-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shellDist } from '../support/first-screen.js';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** the bytes on the wire, still encoded */
  body: Buffer;
}

/** A GET with exactly the headers given (fetch would add its own Accept-Encoding and decode the body). */
function get(base: string, pathname: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .get(new URL(pathname, base), { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

// The static server of `pnpm start` and the browser tests (scripts/lib/static-server.mjs) over HTTP,
// on the shell's real build: compression by Accept-Encoding, and caching that lets a redeploy reach
// every browser (docs/frontend-delivery.md).
describe('the static server', () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let hashedScript: string;

  beforeAll(async () => {
    expect(existsSync(path.join(shellDist, 'index.html')), 'frontends/shell/dist is missing: run `pnpm build` first').toBe(true);
    server = await serveStatic({
      root: shellDist,
      port: 0,
      runtimeConfig: () => ({ graphqlUrl: 'http://gateway.invalid/graphql', remotes: {} }),
    });
    // the largest content-hashed script of the build
    hashedScript = readdirSync(path.join(shellDist, 'assets'))
      .filter((name) => name.endsWith('.js'))
      .map((name) => ({ name, size: readFileSync(path.join(shellDist, 'assets', name)).length }))
      .sort((a, b) => b.size - a.size)[0]!.name;
  });

  afterAll(async () => {
    await server?.close();
  });

  it('sends brotli to a browser that accepts it, gzip to one that accepts only gzip, and the file as built to others', async () => {
    const file = readFileSync(path.join(shellDist, 'assets', hashedScript));
    const url = `/assets/${hashedScript}`;

    const brotli = await get(server.url, url, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(brotli.status).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toMatch(/^text\/javascript/);
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(brotli.body).equals(file)).toBe(true);
    expect(brotli.body.length).toBeLessThan(file.length / 3);

    const gzip = await get(server.url, url, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(file)).toBe(true);
    expect(gzip.body.length).toBeLessThan(file.length / 2);

    const plain = await get(server.url, url);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(file)).toBe(true);

    // the page itself too
    const page = await get(server.url, '/', { 'accept-encoding': 'br' });
    expect(page.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(page.body).toString('utf8')).toBe(readFileSync(path.join(shellDist, 'index.html'), 'utf8'));
  });

  it('serves compressed copies that are their files, for the page and the signed-in container alike', () => {
    const copies = [shellDist, path.join(shellDist, 'app'), path.join(shellDist, 'assets'), path.join(shellDist, 'app', 'assets')].flatMap(
      (dir) =>
        readdirSync(dir)
          .filter((name) => name.endsWith('.br') || name.endsWith('.gz'))
          .map((name) => path.join(dir, name)),
    );
    expect(copies.length).toBeGreaterThan(10);
    for (const copy of copies) {
      const original = readFileSync(copy.slice(0, -3));
      const decoded = copy.endsWith('.br') ? brotliDecompressSync(readFileSync(copy)) : gunzipSync(readFileSync(copy));
      expect(decoded.equals(original), path.relative(shellDist, copy)).toBe(true);
    }
  });

  it('lets browsers keep content-hashed assets for a year, as immutable', async () => {
    const html = readFileSync(path.join(shellDist, 'index.html'), 'utf8');
    const entry = /<script\b[^>]*\bsrc="([^"]+)"/.exec(html)![1]!;
    for (const url of [entry, `/assets/${hashedScript}`]) {
      const answer = await get(server.url, url, { 'accept-encoding': 'br' });
      expect(answer.status, url).toBe(200);
      expect(answer.headers['cache-control'], url).toBe(IMMUTABLE);
    }
    const container = readdirSync(path.join(shellDist, 'app', 'assets')).find((name) => name.endsWith('.js'))!;
    expect((await get(server.url, `/app/assets/${container}`)).headers['cache-control']).toBe(IMMUTABLE);
  });

  it('has the page, its routes, remoteEntry.js, the runtime config and the favicon revalidated on every use', async () => {
    for (const url of ['/', '/index.html', '/login', '/kpi/new-customers', '/app/remoteEntry.js', '/runtime-config.json', '/favicon.svg']) {
      const answer = await get(server.url, url, { 'accept-encoding': 'gzip, br' });
      expect(answer.status, url).toBe(200);
      expect(answer.headers['cache-control'], url).toBe('no-cache');
    }
    // a route is the page: revalidated with its ETag, so an unchanged page costs a 304 and a redeployed one arrives at once
    const page = await get(server.url, '/members', { 'accept-encoding': 'br' });
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers.etag).toBeTruthy();
    const again = await get(server.url, '/members', { 'accept-encoding': 'br', 'if-none-match': page.headers.etag! });
    expect(again.status).toBe(304);
    // the runtime config is made per deployment, not read from the build
    const config = await get(server.url, '/runtime-config.json');
    expect(JSON.parse(config.body.toString('utf8'))).toEqual({ graphqlUrl: 'http://gateway.invalid/graphql', remotes: {} });
  });

  it('serves the favicon the page links to', async () => {
    const html = readFileSync(path.join(shellDist, 'index.html'), 'utf8');
    const href = /<link\b[^>]*\brel="icon"[^>]*\bhref="([^"]+)"/.exec(html)?.[1];
    expect(href).toBe('/favicon.svg');
    const icon = await get(server.url, href!);
    expect(icon.status).toBe(200);
    expect(icon.headers['content-type']).toBe('image/svg+xml');
    expect(icon.body.toString('utf8')).toContain('<svg');
  });

  it('answers a missing asset with 404, not with the page', async () => {
    expect((await get(server.url, '/assets/gone-Abcd1234.js')).status).toBe(404);
  });
});
