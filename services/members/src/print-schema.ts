import { writeServiceSchema } from '@careline/service-kit';
import { membersService } from './service.js';

await writeServiceSchema(membersService, new URL('../schema.graphql', import.meta.url));
