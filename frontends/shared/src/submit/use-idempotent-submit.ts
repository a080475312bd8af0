import { useCallback, useRef, useState } from 'react';
import { IdempotentSubmitter } from './idempotency-key.js';

/**
 * A form's submit with one idempotency key per submission (see `IdempotentSubmitter`): `submit`
 * ignores a click while one is on its way, a retry after a failure sends the same key, a success or
 * `changed()` starts a new one. `perform` returns whether it succeeded.
 */
export function useIdempotentSubmit<Values>(perform: (values: Values, idempotencyKey: string) => Promise<boolean>): {
  submit: (values: Values) => Promise<void>;
  submitting: boolean;
  changed: () => void;
} {
  const submitter = useRef<IdempotentSubmitter<Values> | null>(null);
  submitter.current ??= new IdempotentSubmitter<Values>();
  const current = submitter.current;
  const [submitting, setSubmitting] = useState(false);
  const submit = useCallback(
    async (values: Values) => {
      await current.submit(values, perform, setSubmitting);
    },
    [current, perform],
  );
  const changed = useCallback(() => current.changed(), [current]);
  return { submit, submitting, changed };
}
