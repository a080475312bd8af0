import { lazy, type ComponentType, type ReactNode } from 'react';

/** A lazily loaded component that can be loaded ahead, and then draws without suspending. */
export interface PreloadableComponent<Props extends object> {
  (props: Props): ReactNode;
  /** Loads the component's code (once; again after a failure). */
  preload: () => Promise<void>;
}

/**
 * Like React's `lazy`, plus `preload()`: once the code has loaded (ahead of time, or by an earlier
 * render) the component draws directly. React's `lazy` would suspend on its first render even then,
 * and a Suspense fallback, once shown, stays on screen for at least 300 ms. The caller renders it
 * inside a Suspense boundary for the case it has not loaded yet.
 */
export function preloadableLazy<Props extends object>(load: () => Promise<ComponentType<Props>>): PreloadableComponent<Props> {
  let loaded: ComponentType<Props> | undefined;
  let loading: Promise<ComponentType<Props>> | undefined;
  const start = (): Promise<ComponentType<Props>> =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // a failed load is not kept: the next render or preload tries again (a lazy remembers its rejection)
        loading = undefined;
        Lazy = makeLazy();
        throw error;
      },
    ));
  const makeLazy = () => lazy(async () => ({ default: await start() }));
  let Lazy = makeLazy();
  const Preloadable = (props: Props) => {
    const Component = loaded ?? Lazy;
    return <Component {...props} />;
  };
  Preloadable.preload = () => start().then(() => undefined);
  return Preloadable;
}
