import { runService } from '@careline/service-kit';
import { identityService } from './service.js';

await runService(identityService, 4101);
