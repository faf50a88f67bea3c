/**
 * A dotted path into a parsed YAML/JSON tree (`training.eval_set`). A key that itself contains dots
 * (`model.name`) is matched whole first. Config extraction and `config.*` / `adr.frontMatter.*` facts
 * read trees the same way.
 */
export function readDottedPath(node: unknown, path: string): unknown {
  return readParts(node, path.split('.'));
}

function readParts(node: unknown, parts: string[]): unknown {
  if (parts.length === 0) return node;
  if (node === null || typeof node !== 'object') return undefined;
  const record = node as Record<string, unknown>;
  for (let take = parts.length; take >= 1; take--) {
    const key = parts.slice(0, take).join('.');
    if (Object.hasOwn(record, key)) {
      const found = readParts(record[key], parts.slice(take));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
