import { writeServiceSchema } from '@careline/service-kit';
import { crmService } from './service.js';

await writeServiceSchema(crmService, new URL('../schema.graphql', import.meta.url));
