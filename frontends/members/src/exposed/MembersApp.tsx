import { AppConfigProvider, initI18n } from '@careline/frontend-shared';
import { Navigate, Route, Routes, useLocation, useParams } from 'react-router';
import { MembersBaseContext } from '../app/members-base-context.js';
import { memberPages, type MemberPage } from '../app/member-page.js';
import { MembersTabs } from '../app/members-tabs.js';
import { membersResources } from '../i18n/members-resources.js';
import { Member360Page } from '../modules/membership/components/member-360-page.js';

// adds the remote's strings to the page's i18next (the shell's, when hosted); the language stays the shell's
initI18n(membersResources);

/**
 * The member centre remote (会员中心). Hosted, it renders inside the shell's ApolloProvider, session and
 * router (page-wide singletons); standalone, src/main.tsx provides them. It brings its own antd
 * configuration (the kit's AppConfigProvider), since antd is not a federation share
 * (docs/frontend-delivery.md). The shell decides which pages the signed-in role may open (`pages`);
 * the server refuses the rest anyway. Routes are relative to wherever it is mounted (`/members/*`).
 */
export function MembersApp({ pages = memberPages }: { pages?: readonly MemberPage[] }) {
  // where the remote is mounted: the URL less the part its own routes match (`*` of the host's route);
  // `.` would resolve to the whole URL inside a splat route
  const { pathname } = useLocation();
  const own = useParams()['*'] ?? '';
  const base = pathname.slice(0, pathname.length - own.length).replace(/\/+$/, '') || '/';
  const allowed = memberPages.filter((page) => pages.includes(page));
  if (allowed.length === 0) return <Navigate to="/" replace />;
  return (
    <AppConfigProvider>
      <MembersBaseContext value={base}>
        <Routes>
          <Route index element={<Navigate to={allowed[0]!} replace />} />
          <Route path="member/:membershipId" element={<Member360Page pages={allowed} />} />
          <Route path=":page/*" element={<MembersTabs pages={allowed} />} />
        </Routes>
      </MembersBaseContext>
    </AppConfigProvider>
  );
}
