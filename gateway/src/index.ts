export * from './gateway.js';
export * from './compose.js';
export * from './subgraphs.js';
export type { RateLimits } from './security/rate-limit.js';
