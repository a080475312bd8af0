import { useSession } from '@careline/frontend-shared';
import { Navigate, Outlet, useLocation } from 'react-router';

/** Everything under it needs a signed-in staff member; anyone else goes to sign in and comes back after. */
export function RequireSession() {
  const { session } = useSession();
  const location = useLocation();
  if (!session) return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  return <Outlet />;
}
