import { formatHospitalTime } from './hospital-wall-clock.js';

/**
 * The formatter of instants as the hospital's wall-clock time (`2026-11-24 18:05:09`), whatever the
 * browser's zone: `formatHospitalTime`, handed out as a hook so screens keep one way to ask for it.
 */
export function useHospitalTime(): (iso: string | null | undefined, fallback?: string) => string {
  return formatHospitalTime;
}
