import { useCallback, useState } from 'react';

/**
 * Forward-only cursor paging made two-way: remembers the `after` cursor of every page visited, so
 * "previous" goes back without the server offering offsets. Starts again at page 1 whenever `resetKey`
 * (the filters) changes.
 */
export function useCursorPages(resetKey: string) {
  const [state, setState] = useState<{ key: string; cursors: (string | null)[] }>({ key: resetKey, cursors: [null] });
  const cursors = state.key === resetKey ? state.cursors : [null];
  if (state.key !== resetKey) setState({ key: resetKey, cursors });
  const next = useCallback(
    (endCursor: string | null) => setState((current) => ({ ...current, cursors: [...current.cursors, endCursor] })),
    [],
  );
  const previous = useCallback(
    () => setState((current) => ({ ...current, cursors: current.cursors.length > 1 ? current.cursors.slice(0, -1) : current.cursors })),
    [],
  );
  return { page: cursors.length, after: cursors[cursors.length - 1] ?? null, next, previous };
}
