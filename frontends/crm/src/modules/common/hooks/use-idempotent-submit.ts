import { useCallback, useRef, useState } from 'react';
import { useIdempotencyKey } from './use-idempotency-key.js';

/**
 * Runs a form's submission at most once at a time, with one idempotency key per submission:
 * a click while the first is still on its way is ignored, a retry of a failed submission sends the
 * same key again (the server may have done it and only the answer was lost), and after a success or
 * a change of the form (`changed()`) the next submission gets a new key. `perform` returns whether it
 * succeeded.
 */
export function useIdempotentSubmit<Values>(perform: (values: Values, idempotencyKey: string) => Promise<boolean>) {
  const key = useIdempotencyKey();
  const inFlight = useRef(false);
  const [submitting, setSubmitting] = useState(false);
  const submit = useCallback(
    async (values: Values) => {
      if (inFlight.current) return;
      inFlight.current = true;
      setSubmitting(true);
      try {
        if (await perform(values, key.take())) key.settle();
      } finally {
        inFlight.current = false;
        setSubmitting(false);
      }
    },
    [perform, key],
  );
  return { submit, submitting, changed: key.settle };
}
