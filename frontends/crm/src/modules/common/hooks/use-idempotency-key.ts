import { useCallback, useRef } from 'react';

/**
 * One idempotency key per form submission. `take()` gives the key for the submission under way: the
 * first call makes one (crypto.randomUUID), later calls give the same one until `settle()`, so a
 * second click or a retry after a lost answer repeats the same request and the server carries it
 * out once. `settle()` after a success (or when the form changes) makes the next submission a new one.
 */
export function useIdempotencyKey() {
  const key = useRef<string | null>(null);
  const take = useCallback(() => (key.current ??= crypto.randomUUID()), []);
  const settle = useCallback(() => {
    key.current = null;
  }, []);
  return { take, settle };
}
