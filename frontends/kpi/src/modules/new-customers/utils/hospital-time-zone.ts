/** The hospital's time zone: day boundaries of every KPI period are taken here, not in the browser's zone. */
export const hospitalTimeZone = 'Asia/Shanghai';
