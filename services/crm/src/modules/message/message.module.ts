import type { FeatureModule } from '@careline/service-kit';
import { MessageDelivery, MessageSend, MessageTemplate } from './message.entity.js';
import { MessageResolver } from './message.resolver.js';
import { ensureDefaultTemplates, subscribeMessages } from './message.service.js';
import { scheduleMessageRetention } from './message.retention.js';

/** 短信: templates, sends and deliveries; birthday and holiday greetings. */
export const messageModule: FeatureModule = {
  name: 'message',
  entities: [MessageTemplate, MessageSend, MessageDelivery],
  resolvers: [MessageResolver],
  subscribe: async (scope) => {
    await subscribeMessages(scope);
    await scheduleMessageRetention(scope);
  },
  bootstrap: ({ orm }) => ensureDefaultTemplates(orm),
};
