// The seeded randomness of the demo data (demo-hospital.mjs, demo-data.mjs): the same draws on every
// machine, so every fresh start shows the same hospital.

/**
 * mulberry32: tiny, fast, good enough to make stable demo data
 * @param {number} seed
 * @returns {() => number}
 */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One element of `list`, drawn evenly. @type {<T>(rand: () => number, list: readonly T[]) => T} */
export const pick = (rand, list) => list[Math.floor(rand() * list.length)];

/**
 * One value of `table`, drawn in proportion to its weight.
 * @template T
 * @param {() => number} rand
 * @param {readonly (readonly [T, number])[]} table each value with its weight
 * @returns {T}
 */
export function weighted(rand, table) {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  let r = rand() * total;
  for (const [value, w] of table) {
    r -= w;
    if (r < 0) return value;
  }
  return table[0][0];
}
