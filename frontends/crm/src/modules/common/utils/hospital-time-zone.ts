/** The hospital's time zone: every time the member screens show or filter by is taken here. */
export const hospitalTimeZone = 'Asia/Shanghai';

/** Asia/Shanghai has kept UTC+8 all year since 1991 (no daylight saving), so a fixed offset is exact. */
export const hospitalUtcOffset = '+08:00';
