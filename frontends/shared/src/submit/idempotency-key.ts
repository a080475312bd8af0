/**
 * One idempotency key per form submission. `take()` gives the key for the submission under way: the
 * first call makes one, later calls give the same one until `settle()`, so a second click or a retry
 * after a lost answer repeats the same request and the server carries it out once. `settle()` after a
 * success (or when the form changes) makes the next submission a new one.
 */
export class IdempotencyKey {
  #key: string | null = null;

  constructor(private readonly newKey: () => string = () => crypto.randomUUID()) {}

  take(): string {
    return (this.#key ??= this.newKey());
  }

  settle(): void {
    this.#key = null;
  }
}

/** How a `submit` ended: ignored (another was on its way), succeeded, failed (the same key is kept for the retry). */
export type SubmitOutcome = 'ignored' | 'succeeded' | 'failed';

/**
 * A form's submissions, at most one at a time, with one idempotency key per submission: a click while
 * the first is still on its way is ignored, a retry of a failed submission (`perform` answered false
 * or threw) sends the same key again (the server may have done it and only the answer was lost), and
 * after a success or a change of the form (`changed()`) the next submission gets a new key.
 */
export class IdempotentSubmitter<Values> {
  readonly #key: IdempotencyKey;
  #inFlight = false;

  constructor(key: IdempotencyKey = new IdempotencyKey()) {
    this.#key = key;
  }

  get submitting(): boolean {
    return this.#inFlight;
  }

  /** Runs `perform` with the submission's key unless one is on its way; `onSubmitting` hears when it starts and ends. */
  async submit(
    values: Values,
    perform: (values: Values, idempotencyKey: string) => Promise<boolean>,
    onSubmitting?: (submitting: boolean) => void,
  ): Promise<SubmitOutcome> {
    if (this.#inFlight) return 'ignored';
    this.#inFlight = true;
    onSubmitting?.(true);
    try {
      if (!(await perform(values, this.#key.take()))) return 'failed';
      this.#key.settle();
      return 'succeeded';
    } finally {
      this.#inFlight = false;
      onSubmitting?.(false);
    }
  }

  /** The form changed: what is submitted next is a new submission, with a new key. */
  changed(): void {
    this.#key.settle();
  }
}
