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
      // for…in with hasOwn visits the own keys in Object.entries' order without building the pairs; a config is
      // searched once per setting, so this loop runs some thirty times per config.
      for (const k in node) {
        if (!Object.hasOwn(node, k)) continue;
        const v = node[k];
        if (wanted.has(normaliseKey(k)) && accept(v)) return prefix ? `${prefix}.${k}` : k;
        if (isTree(v)) next.push([prefix ? `${prefix}.${k}` : k, v]);
      }
    }
    // Names are searched level by level in the order given: a top-level `base_model` wins over a nested one.
    level = next;
  }
  return undefined;
}

/** Keys repeat across a repository's configs (`base_model`, `datasets`): each is normalised once. */
const normalised = new Map<string, string>();

/** `chunk_size`, `chunkSize`, `chunk-size` and `CHUNK_SIZE` are the same setting. */
export function normaliseKey(key: string): string {
  let n = normalised.get(key);
  if (n === undefined) {
    if (normalised.size >= 4096) normalised.clear();
    normalised.set(key, (n = key.toLowerCase().replace(/[-_]/g, '')));
  }
  return n;
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
