import { useSession } from '@careline/frontend-shared';
import { useMemo } from 'react';

/** 会员中心 and customer service handle members' points and cards. */
const memberDesks = new Set(['MEMBER_CENTRE', 'CUSTOMER_SERVICE']);

/**
 * What the signed-in role may do here, mirroring members' rules so a screen offers only what will be
 * accepted. Convenience only: members checks every request again.
 */
export function useMemberPermissions() {
  const { staff } = useSession();
  return useMemo(() => {
    const role = staff?.role;
    const atDesk = (role === 'DEPT_ADMIN' || role === 'STAFF') && memberDesks.has(staff?.departmentCode ?? '');
    const director = role === 'OPS_DIRECTOR';
    const finance = role === 'FINANCE';
    const records = director || atDesk;
    return {
      /** enrol, record consumptions, redeem and cancel gifts, ask for adjustments, cards, activities */
      records,
      /** refunds are finance's too (退款确认) */
      refunds: records || finance,
      /** approving adjustments: the director and the member centre's admins (never the requester) */
      approves: director || (role === 'DEPT_ADMIN' && staff?.departmentCode === 'MEMBER_CENTRE'),
      /** 开发人: the member admin (the director, a member desk's department admin) changes a member's developer */
      changesDeveloper: director || (role === 'DEPT_ADMIN' && atDesk),
      /** adding and restocking gifts */
      managesCatalogue: director || finance || (role === 'DEPT_ADMIN' && atDesk),
      /** unit costs, gift cost and points liability */
      seesCosts: director || finance,
      /** 成本核算: setting a gift's unit cost */
      setsCosts: finance,
      /** 等级评定预览: the director and the member desks' admins (tier.service.ts preview) */
      previewsTiers: director || (role === 'DEPT_ADMIN' && atDesk),
    };
  }, [staff?.role, staff?.departmentCode]);
}
