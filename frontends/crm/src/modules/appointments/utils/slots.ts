import { clockSlots } from '../../common/utils/hospital-calendar.js';

/** The desk books half-hour slots through the clinic day (hospital time). */
export const slotMinutes = 30;
export const slotClocks: readonly string[] = clockSlots('08:00', '18:00', slotMinutes);
