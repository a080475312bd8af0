/** The shell's routes that a remote answers, each with the module it exposes (`./KpiApp` exports `KpiApp`). */
export const remoteRoutes = {
  kpi: { remote: 'kpi', module: 'KpiApp' },
  crm: { remote: 'crm', module: 'CrmApp' },
  members: { remote: 'members', module: 'MembersApp' },
  admin: { remote: 'admin', module: 'AdminApp' },
} as const;

export type RemoteRoute = (typeof remoteRoutes)[keyof typeof remoteRoutes];

/** The remote whose route holds `pathname` (`/kpi/targets` → the KPI remote), if one does. */
export function remoteRouteFor(pathname: string): RemoteRoute | undefined {
  const first = pathname.split('/')[1] ?? '';
  return Object.hasOwn(remoteRoutes, first) ? remoteRoutes[first as keyof typeof remoteRoutes] : undefined;
}
