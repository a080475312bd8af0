import { runService } from '@careline/service-kit';
import { membersService } from './service.js';

await runService(membersService, 4102);
