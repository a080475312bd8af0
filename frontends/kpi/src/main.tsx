import { mountStandaloneRemote } from '@careline/frontend-shared';
import { KpiApp } from './exposed/KpiApp.js';
import { kpiResources } from './i18n/kpi-resources.js';

// Standalone mount; the shell loads ./KpiApp only.
await mountStandaloneRemote({ basePath: '/', title: 'Careline KPI', App: KpiApp, resources: kpiResources });
