/** The part of a federation container's `mf-manifest.json` read here (written by `manifest: true` in its vite config). */
interface ContainerManifest {
  exposes?: { name: string; assets?: { js?: { sync?: string[] } } }[];
}

/**
 * Fetches and compiles, without running, a federation container's entry and the files its exposed
 * `module` needs at once (`<link rel="modulepreload">`, from the container's mf-manifest.json). Loading
 * a container is otherwise a chain of round trips (entry → its helpers → the shared map → the module),
 * and the sign-in page loads two such chains, the signed-in screens and then the remote of the address
 * asked for: preloaded side by side, the files are in the page's module map when the federation
 * runtime imports them, whoever signs in the moment the page appears. Nothing runs before its container
 * is started by the runtime, so the share scope is not touched. Failures are left to the real load.
 */
export async function preloadContainer(entryUrl: string, module: string): Promise<void> {
  const entry = new URL(entryUrl, window.location.href);
  addModulePreload(entry.href);
  const response = await fetch(new URL('mf-manifest.json', entry));
  if (!response.ok) return;
  const manifest = (await response.json()) as ContainerManifest;
  const files = manifest.exposes?.find((exposed) => exposed.name === module)?.assets?.js?.sync ?? [];
  for (const file of files) addModulePreload(new URL(file, entry).href);
}

const preloaded = new Set<string>();

function addModulePreload(href: string): void {
  if (preloaded.has(href)) return;
  preloaded.add(href);
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = href;
  document.head.append(link);
}
