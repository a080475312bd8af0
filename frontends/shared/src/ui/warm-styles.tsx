import { startTransition, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppConfigProvider } from './app-config-provider.js';

/**
 * Draws `elements` once, off screen (a detached element), inside the app's antd configuration, and
 * keeps them there until the returned function is called. antd writes a component's styles (its
 * CSS-in-JS: the theme's tokens, then each component's style sheet, hashed and inserted) the first
 * time the component is drawn, and that is most of the CPU the first signed-in screen costs; drawn
 * here while someone types their password, the real screen finds them in antd's style cache. Kept
 * mounted, since antd forgets a style nobody draws. Each app has its own antd (it is not a federation
 * share), so each app warms its own components (docs/frontend-delivery.md).
 */
export function warmStyles(elements: ReactNode): () => void {
  const root = createRoot(document.createElement('div'));
  // a transition: React draws it in slices and yields between them, so a click (someone signing in
  // at once) is not kept waiting behind it, and the signed-in screens' own render goes first
  startTransition(() => root.render(<AppConfigProvider>{elements}</AppConfigProvider>));
  return () => root.unmount();
}
