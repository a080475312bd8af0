import { describeEventBusContract } from './event-bus.contract.js';

// pg-boss on the test run's PostgreSQL: nothing else to run
describeEventBusContract('pg-boss', () => Promise.resolve({ config: () => ({ kind: 'pg-boss', superviseSeconds: 1 }) }));
