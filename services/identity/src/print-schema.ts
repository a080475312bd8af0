import { writeServiceSchema } from '@careline/service-kit';
import { identityService } from './service.js';

await writeServiceSchema(identityService, new URL('../schema.graphql', import.meta.url));
