import DataLoader from 'dataloader';

/**
 * One DataLoader per distinct set of arguments within a request (a page size and cursor, a filter, a
 * period): the parents a response asks for with the same arguments are fetched together, whatever
 * their number. Arguments are told apart by their JSON.
 */
export class LoadersByArguments<Key, Value> {
  private readonly loaders = new Map<string, DataLoader<Key, Value>>();

  /** `fetch` answers for the keys in order; it runs once per batch of keys asked with `args`. */
  load(key: Key, args: unknown, fetch: (keys: readonly Key[]) => Promise<Value[]>): Promise<Value> {
    const signature = JSON.stringify(args);
    let loader = this.loaders.get(signature);
    if (!loader) {
      loader = new DataLoader(fetch);
      this.loaders.set(signature, loader);
    }
    return loader.load(key);
  }
}
