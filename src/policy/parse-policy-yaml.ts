/**
 * YAML text → plain data plus a way back from a JSON path to the line of its node, so that every load
 * error can name the line a user has to change (SPEC §5).
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { PolicyError } from './policy-types.js';
import type { PathSegment } from './json-path.js';

export interface PositionedYaml {
  data: unknown;
  /**
   * 1-based line of the node at `path`; for a map entry the line of its key (where a user looks for it).
   * A path that does not exist (a missing property) resolves to its nearest existing ancestor.
   */
  lineOf(path: readonly PathSegment[]): number;
}

export function parseYamlWithPositions(source: string, file: string): PositionedYaml {
  // Editors on Windows save a byte-order mark; it is not part of the first key.
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const line = lineCounter.linePos(error.pos[0]).line;
    throw new PolicyError(file, line, '', `invalid YAML: ${error.message.split('\n')[0]}`);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new PolicyError(file, 1, '', `invalid YAML: ${e instanceof Error ? e.message : String(e)}`);
  }
  return { data: data ?? {}, lineOf: (path) => lineOfPath(doc, lineCounter, path) };
}

function lineOfPath(doc: Document, lineCounter: LineCounter, path: readonly PathSegment[]): number {
  const lineAt = (node: unknown): number | undefined => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? lineCounter.linePos(range[0]).line : undefined;
  };
  let node: unknown = doc.contents;
  let line = lineAt(node) ?? 1;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return line;
      line = lineAt(pair.key) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      if (node === undefined) return line;
      line = lineAt(node) ?? line;
    } else {
      return line;
    }
  }
  return line;
}
