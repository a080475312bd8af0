import { describe, expect, it } from 'vitest';
import { quietUntil } from '../reminder.service.js';
import { signPayload, verifySignature } from '../../message/message.provider.js';

const at = (local: string) => new Date(`${local}+08:00`);

describe('quiet hours', () => {
  const overnight = { quietStart: '21:00', quietEnd: '08:00' };
  it('an overnight window holds a reminder until its end, on either side of midnight', () => {
    expect(quietUntil(overnight, at('2026-12-07T22:30:10'), 'Asia/Shanghai')).toEqual(at('2026-12-08T08:00:00'));
    expect(quietUntil(overnight, at('2026-12-08T07:59:59'), 'Asia/Shanghai')).toEqual(at('2026-12-08T08:00:00'));
    expect(quietUntil(overnight, at('2026-12-07T21:00:00'), 'Asia/Shanghai')).toEqual(at('2026-12-08T08:00:00'));
  });
  it('lets a reminder go outside the window, at its end, and when there is none', () => {
    expect(quietUntil(overnight, at('2026-12-08T08:00:00'), 'Asia/Shanghai')).toBeNull();
    expect(quietUntil(overnight, at('2026-12-07T20:59:00'), 'Asia/Shanghai')).toBeNull();
    expect(quietUntil({ quietStart: null, quietEnd: null }, at('2026-12-07T23:00:00'), 'Asia/Shanghai')).toBeNull();
  });
  it('a same-day window (12:00–14:00) holds only inside it', () => {
    const lunch = { quietStart: '12:00', quietEnd: '14:00' };
    expect(quietUntil(lunch, at('2026-12-07T13:15:00'), 'Asia/Shanghai')).toEqual(at('2026-12-07T14:00:00'));
    expect(quietUntil(lunch, at('2026-12-07T11:59:00'), 'Asia/Shanghai')).toBeNull();
  });
});

describe('provider signatures', () => {
  const secret = 'unit-test-secret-0123456789abcdef0123';
  const body = '{"messageId":"m-1","reply":"CONFIRM"}';
  const now = 1_796_000_000_000;
  const timestamp = String(now / 1000);
  it('accepts the HMAC over timestamp and body, fresh', () => {
    expect(verifySignature(secret, { timestamp, body, signature: signPayload(secret, timestamp, body) }, now)).toBe('ok');
  });
  it('refuses another body, another secret, a malformed signature and a stale timestamp', () => {
    const signature = signPayload(secret, timestamp, body);
    expect(verifySignature(secret, { timestamp, body: body.replace('CONFIRM', 'CANCEL'), signature }, now)).toBe('bad-signature');
    expect(verifySignature(`${secret}x`, { timestamp, body, signature }, now)).toBe('bad-signature');
    expect(verifySignature(secret, { timestamp, body, signature: 'zz' }, now)).toBe('bad-signature');
    expect(verifySignature(secret, { timestamp, body, signature }, now + 301_000)).toBe('stale');
    expect(verifySignature(secret, { timestamp, body, signature }, now + 299_000)).toBe('ok');
  });
});
