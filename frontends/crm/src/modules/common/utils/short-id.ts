/**
 * A short, readable form of an id: its last eight characters. Ids are UUIDv7, whose first characters
 * are the creation time and so are shared by everything made within the same minute.
 */
export function shortId(id: string): string {
  return `#${id.replace(/-/g, '').slice(-8)}`;
}
