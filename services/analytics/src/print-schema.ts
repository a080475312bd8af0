import { writeServiceSchema } from '@careline/service-kit';
import { analyticsService } from './service.js';

await writeServiceSchema(analyticsService, new URL('../schema.graphql', import.meta.url));
