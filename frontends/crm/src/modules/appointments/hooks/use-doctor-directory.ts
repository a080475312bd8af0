import { useCallback, useSyncExternalStore } from 'react';

/** A doctor the desk books for: crm stores only the doctor's staff id, so the name is kept here. */
export interface SavedDoctor {
  id: string;
  name: string;
  departmentCode: string;
}

const storageKey = 'careline.crm.doctors';
const listeners = new Set<() => void>();
let cached: { raw: string | null; doctors: SavedDoctor[] } = { raw: null, doctors: [] };

function read(): SavedDoctor[] {
  const raw = localStorage.getItem(storageKey);
  if (raw !== cached.raw) {
    let doctors: SavedDoctor[] = [];
    try {
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      if (Array.isArray(parsed)) doctors = parsed.filter((d): d is SavedDoctor => typeof d?.id === 'string' && typeof d?.name === 'string');
    } catch {
      doctors = [];
    }
    cached = { raw, doctors };
  }
  return cached.doctors;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => event.key === storageKey && listener();
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/**
 * The doctors this desk books for, with their names and departments. No service offers a doctor
 * directory yet (an appointment carries the doctor's staff id only), so the desk keeps one on this
 * computer; doctors met in appointments appear in the grid by id until named here.
 */
export function useDoctorDirectory() {
  const doctors = useSyncExternalStore(subscribe, read);
  const save = useCallback((doctor: SavedDoctor) => {
    const next = [...read().filter((d) => d.id !== doctor.id), doctor].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    localStorage.setItem(storageKey, JSON.stringify(next));
    listeners.forEach((listener) => listener());
  }, []);
  const remove = useCallback((id: string) => {
    localStorage.setItem(storageKey, JSON.stringify(read().filter((d) => d.id !== id)));
    listeners.forEach((listener) => listener());
  }, []);
  return { doctors, save, remove };
}
