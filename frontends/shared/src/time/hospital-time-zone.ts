/**
 * The hospital's time zone: every time the screens show, and every day they filter or count by, is
 * taken here, not in the browser's zone.
 */
export const hospitalTimeZone = 'Asia/Shanghai';

/** Asia/Shanghai has kept UTC+8 all year since 1991 (no daylight saving), so a fixed offset is exact. */
export const hospitalUtcOffset = '+08:00';
