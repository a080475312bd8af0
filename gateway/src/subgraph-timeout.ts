import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

/**
 * Each subgraph fetch (its answer's body included) gets `timeoutMs`; past it the fetch is aborted
 * and only the fields that subgraph owned fail (failed-paths.ts names it: "did not answer in time").
 *
 * This replaces the HTTP transport's own `timeout` option, which is the same rule but cost the
 * gateway more on every fetch the longer it ran: the transport joins an `AbortSignal.timeout` to
 * its executor's long-lived signal with @graphql-hive/signal's `abortSignalAny`, which leaves a
 * listener on the long-lived signal until the timeout fires or the garbage collector finalises the
 * joined signal, and Node's `addEventListener` walks every listener already there (at ~150 fetches a
 * second, hundreds), then a DOMException per fetch when its timer went off. Here a timer is cleared
 * as soon as the answer has been read.
 */
export function subgraphTimeoutPlugin(timeoutMs: number): GatewayPlugin {
  let ResponseClass: typeof Response = Response;
  return {
    onYogaInit({ yoga }) {
      // the gateway's own fetch API (@whatwg-node's), whose Response the transport reads fastest
      ResponseClass = yoga.fetchAPI.Response;
    },
    onFetch({ executionRequest, fetchFn, setFetchFn }) {
      if (!executionRequest) return;
      setFetchFn((url, init, context, info) => {
        const controller = new AbortController();
        // the transport's own signal (the gateway shutting down) still aborts the fetch
        const outer = init?.signal ?? undefined;
        const onOuterAbort = () => controller.abort(outer?.reason);
        if (outer?.aborted) onOuterAbort();
        else outer?.addEventListener('abort', onOuterAbort, { once: true });
        const done = () => {
          clearTimeout(timer);
          outer?.removeEventListener('abort', onOuterAbort);
        };
        const timer = setTimeout(() => {
          done();
          controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
        }, timeoutMs);
        return Promise.resolve(fetchFn(url, { ...init, signal: controller.signal }, context, info)).then(
          async (response) => {
            const type = response.headers.get('content-type') ?? '';
            // a stream (a subscription's events, @defer parts) is left to the timer, as before
            if (type.includes('text/event-stream') || type.includes('multipart/mixed')) return response;
            // the body is read within the time allowed, then handed on as it came
            const body = await response.text().finally(done);
            return new ResponseClass(body, { status: response.status, statusText: response.statusText, headers: response.headers });
          },
          (error: unknown) => {
            done();
            throw error;
          },
        );
      });
    },
  };
}
