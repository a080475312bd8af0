import { mountStandaloneRemote } from '@careline/frontend-shared';
import { MembersApp } from './exposed/MembersApp.js';
import { membersResources } from './i18n/members-resources.js';

// Standalone mount; the shell loads ./MembersApp only.
await mountStandaloneRemote({
  basePath: '/members',
  title: 'Careline 会员中心 Member centre',
  App: MembersApp,
  resources: membersResources,
});
