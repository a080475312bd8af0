import { mountStandaloneRemote } from '@careline/frontend-shared';
import { CrmApp } from './exposed/CrmApp.js';
import { crmResources } from './i18n/crm-resources.js';

// Standalone mount; the shell loads ./CrmApp only.
await mountStandaloneRemote({ basePath: '/crm', title: 'Careline 客户服务 Customer service', App: CrmApp, resources: crmResources });
