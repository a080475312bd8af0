import { mountStandaloneRemote } from '@careline/frontend-shared';
import { AdminApp } from './exposed/AdminApp.js';
import { adminResources } from './i18n/admin-resources.js';

// Standalone mount; the shell loads ./AdminApp only.
await mountStandaloneRemote({ basePath: '/admin', title: 'Careline 系统管理 Admin', App: AdminApp, resources: adminResources });
