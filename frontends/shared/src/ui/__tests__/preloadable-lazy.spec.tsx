import { Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { preloadableLazy } from '../preloadable-lazy.js';

function Page({ name }: { name: string }) {
  return <p>page {name}</p>;
}

const draw = (Component: (props: { name: string }) => React.ReactNode) =>
  renderToString(
    <Suspense fallback={<p>loading</p>}>
      <Component name="targets" />
    </Suspense>,
  );

describe('a preloadable lazy component', () => {
  it('suspends while its code has not loaded', () => {
    const Lazy = preloadableLazy(() => new Promise<typeof Page>(() => undefined));
    expect(draw(Lazy)).toContain('loading');
  });

  it('draws at once, without suspending even on its first render, once preloaded (React.lazy would suspend once)', async () => {
    let loads = 0;
    const Lazy = preloadableLazy(async () => {
      loads++;
      return Page;
    });
    await Lazy.preload();
    await Lazy.preload();

    const html = draw(Lazy);
    expect(html).toContain('page <!-- -->targets');
    expect(html).not.toContain('loading');
    expect(loads).toBe(1);
  });

  it('tries again after a failed load instead of keeping the failure', async () => {
    let attempts = 0;
    const Lazy = preloadableLazy(async () => {
      attempts++;
      if (attempts === 1) throw new Error('chunk unreachable');
      return Page;
    });
    await expect(Lazy.preload()).rejects.toThrow('chunk unreachable');
    await Lazy.preload();
    expect(attempts).toBe(2);
    expect(draw(Lazy)).not.toContain('loading');
  });
});
