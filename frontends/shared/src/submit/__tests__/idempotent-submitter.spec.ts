import { describe, expect, it } from 'vitest';
import { isUuid } from '../../ids/is-uuid.js';
import { IdempotencyKey, IdempotentSubmitter } from '../idempotency-key.js';

/** A submitter whose keys are key-1, key-2, … and a `perform` that records the keys it was sent. */
function setup() {
  let made = 0;
  const submitter = new IdempotentSubmitter<string>(new IdempotencyKey(() => `key-${++made}`));
  const sent: string[] = [];
  const answering = (ok: boolean | Error) => async (_values: string, key: string) => {
    sent.push(key);
    if (ok instanceof Error) throw ok;
    return ok;
  };
  return { submitter, sent, answering };
}

describe('idempotent submits', () => {
  it('send the same key again when a submission is retried after a failure', async () => {
    const { submitter, sent, answering } = setup();
    expect(await submitter.submit('form', answering(false))).toBe('failed');
    expect(await submitter.submit('form', answering(true))).toBe('succeeded');
    expect(sent).toEqual(['key-1', 'key-1']);
  });

  it('keep the key when the request threw (the answer may only have been lost)', async () => {
    const { submitter, sent, answering } = setup();
    await expect(submitter.submit('form', answering(new Error('network')))).rejects.toThrow('network');
    expect(submitter.submitting).toBe(false);
    await submitter.submit('form', answering(true));
    expect(sent).toEqual(['key-1', 'key-1']);
  });

  it('use a new key for the submission after a success', async () => {
    const { submitter, sent, answering } = setup();
    await submitter.submit('first', answering(true));
    await submitter.submit('second', answering(true));
    expect(sent).toEqual(['key-1', 'key-2']);
  });

  it('use a new key once the form has changed, even after a failure', async () => {
    const { submitter, sent, answering } = setup();
    await submitter.submit('form', answering(false));
    submitter.changed();
    await submitter.submit('edited form', answering(true));
    expect(sent).toEqual(['key-1', 'key-2']);
  });

  it('ignore a second click while the first submission is on its way', async () => {
    const { submitter, sent } = setup();
    let answer!: (ok: boolean) => void;
    const slow = async (_values: string, key: string) => {
      sent.push(key);
      return new Promise<boolean>((resolve) => (answer = resolve));
    };
    const busy: boolean[] = [];
    const first = submitter.submit('form', slow, (submitting) => busy.push(submitting));
    expect(submitter.submitting).toBe(true);
    expect(await submitter.submit('form', slow)).toBe('ignored');
    answer(true);
    expect(await first).toBe('succeeded');
    expect(sent).toEqual(['key-1']);
    expect(busy).toEqual([true, false]);
  });

  it('make keys with crypto.randomUUID by default', () => {
    const key = new IdempotencyKey();
    const taken = key.take();
    expect(isUuid(taken)).toBe(true);
    expect(key.take()).toBe(taken);
    key.settle();
    expect(key.take()).not.toBe(taken);
  });
});
