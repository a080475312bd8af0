import { runService } from '@careline/service-kit';
import { analyticsEnv } from './env.js';
import { analyticsService } from './service.js';

// refuse a bad HOSPITAL_TIME_ZONE before a database or server is started
analyticsEnv();
await runService(analyticsService, 4104);
