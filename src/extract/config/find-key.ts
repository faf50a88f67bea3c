/** Finding settings in in-house configs, where the same key may sit at the top or under a section. */
import { isTree } from './config-view.js';

/**
 * The dotted path of the first key (breadth first, down to `depth` levels of mappings) whose name is one of
 * `names` (in any case, with or without `_` and `-`) and whose value passes `accept`.
 */
export function findKey(
  data: Record<string, unknown>,
  names: readonly string[],
  accept: (value: unknown) => boolean = (v) => v !== undefined,
  depth = 3,
): string | undefined {
  const wanted = new Set(names.map(normaliseKey));
  let level: [string, Record<string, unknown>][] = [['', data]];
  for (let d = 0; d <= depth && level.length; d++) {
    const next: [string, Record<string, unknown>][] = [];
    for (const [prefix, node] of level) {
      for (const [k, v] of Object.entries(node)) {
        const path = prefix ? `${prefix}.${k}` : k;
        if (wanted.has(normaliseKey(k)) && accept(v)) return path;
        if (isTree(v)) next.push([path, v]);
      }
    }
    // Names are searched level by level in the order given: a top-level `base_model` wins over a nested one.
    level = next;
  }
  return undefined;
}

/** `chunk_size`, `chunkSize`, `chunk-size` and `CHUNK_SIZE` are the same setting. */
export function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[-_]/g, '');
}

/** Like findKey, but tries the names one after the other (the first name anywhere wins over the second). */
export function findFirstKey(
  data: Record<string, unknown>,
  names: readonly string[],
  accept?: (value: unknown) => boolean,
  depth = 3,
): string | undefined {
  for (const name of names) {
    const found = findKey(data, [name], accept, depth);
    if (found) return found;
  }
  return undefined;
}
