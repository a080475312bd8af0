import { runService } from '@careline/service-kit';
import { crmService } from './service.js';

await runService(crmService, 4103);
