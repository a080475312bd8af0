import { useSearchParams } from 'react-router';

/** The member a page was opened for (`?membership=<id>`, as 会员360's buttons link), if any. */
export function useMembershipParam(): string | undefined {
  const [params] = useSearchParams();
  return params.get('membership') ?? undefined;
}
