import { AsyncLocalStorage } from 'node:async_hooks';

/** Request id available anywhere in the request's async chain (error mapper, logs). */
export const requestScope = new AsyncLocalStorage<{ requestId: string }>();
export const currentRequestId = (): string | undefined => requestScope.getStore()?.requestId;
