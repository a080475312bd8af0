import type http from 'node:http';

/** "100kb" / "1mb" / bytes → bytes */
export function parseBodyLimit(limit: string): number {
  const match = /^(\d+)\s*(b|kb|mb)?$/i.exec(limit.trim());
  if (!match) throw new Error(`BODY_LIMIT "${limit}" is not a size such as 100kb`);
  const unit = { b: 1, kb: 1024, mb: 1024 * 1024 }[(match[2] ?? 'b').toLowerCase() as 'b' | 'kb' | 'mb'];
  return Number(match[1]) * unit;
}

const refuse = (res: http.ServerResponse, status: number, code: string, message: string) => {
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', connection: 'close' })
    .end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
  return true;
};

/**
 * Refuses a body too large before any of it is read (413), and a body whose size is not declared
 * (411: every browser and HTTP client declares it; streaming an unbounded body is not a GraphQL
 * request). Everything else about the body (JSON, content type) is Hive Gateway's to judge.
 */
export function bodyGuard(req: http.IncomingMessage, res: http.ServerResponse, limit: number): boolean {
  if (req.method !== 'POST') return false;
  const length = req.headers['content-length'];
  if (length === undefined) return refuse(res, 411, 'BAD_REQUEST', 'the request must declare its Content-Length');
  if (Number(length) > limit) return refuse(res, 413, 'PAYLOAD_TOO_LARGE', 'the request body is too large');
  return false;
}
