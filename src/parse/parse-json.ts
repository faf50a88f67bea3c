/**
 * JSON with positions: the data (exactly what JSON.parse gives), the line of every key and array element by
 * dotted path (`datasets.0.path`), and on a syntax error its 1-based line and column. Pure, no dependencies.
 */

export interface JsonError {
  line: number;
  column: number;
  message: string;
}

export interface ParsedJson {
  data: unknown;
  keyLines: Map<string, number>;
  error?: JsonError;
}

/** Nesting deeper than this is refused rather than risking the stack. */
const MAX_DEPTH = 512;

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly pos: number,
  ) {
    super(message);
  }
}

export function parseJson(source: string): ParsedJson {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const keyLines = new Map<string, number>();
  const lineStarts = computeLineStarts(text);
  const lineOf = (pos: number) => lineAt(lineStarts, pos);
  let i = 0;

  const fail = (message: string, pos = i): never => {
    throw new JsonSyntaxError(message, pos);
  };
  const skipWs = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else return;
    }
  };
  const describe = (pos: number) => (pos >= text.length ? 'end of input' : `'${text[pos]}'`);

  const parseString = (): string => {
    const start = i;
    i++; // opening quote
    for (;;) {
      const c = text.charCodeAt(i);
      if (Number.isNaN(c)) fail('Unterminated string', start);
      if (c === 34) break;
      if (c === 92) i += 2;
      else if (c < 32) fail('Bad control character in string', i);
      else i++;
    }
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      return fail('Bad escape in string', start);
    }
  };

  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const parseValue = (path: string, depth: number): unknown => {
    if (depth > MAX_DEPTH) fail('Nesting too deep');
    skipWs();
    const c = text[i];
    if (c === '{') return parseObject(path, depth);
    if (c === '[') return parseArray(path, depth);
    if (c === '"') return parseString();
    if (c === 't' && text.startsWith('true', i)) return ((i += 4), true);
    if (c === 'f' && text.startsWith('false', i)) return ((i += 5), false);
    if (c === 'n' && text.startsWith('null', i)) return ((i += 4), null);
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m) {
      i += m[0].length;
      return Number(m[0]);
    }
    return fail(`Unexpected ${describe(i)}: expected a value`);
  };

  const parseObject = (path: string, depth: number): Record<string, unknown> => {
    const obj: Record<string, unknown> = {};
    i++;
    skipWs();
    if (text[i] === '}') return (i++, obj);
    for (;;) {
      skipWs();
      if (text[i] !== '"') fail(`Unexpected ${describe(i)}: expected a property name in double quotes`);
      const keyPos = i;
      const key = parseString();
      const keyPath = path ? `${path}.${key}` : key;
      keyLines.set(keyPath, lineOf(keyPos));
      skipWs();
      if (text[i] !== ':') fail(`Unexpected ${describe(i)}: expected ':' after property name`);
      i++;
      // defineProperty: a "__proto__" key stays an own property, as with JSON.parse.
      Object.defineProperty(obj, key, { value: parseValue(keyPath, depth + 1), enumerable: true, writable: true, configurable: true });
      skipWs();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') return (i++, obj);
      return fail(`Unexpected ${describe(i)}: expected ',' or '}' after property value`);
    }
  };

  const parseArray = (path: string, depth: number): unknown[] => {
    const arr: unknown[] = [];
    i++;
    skipWs();
    if (text[i] === ']') return (i++, arr);
    for (;;) {
      skipWs();
      const itemPath = path ? `${path}.${arr.length}` : String(arr.length);
      keyLines.set(itemPath, lineOf(i));
      arr.push(parseValue(itemPath, depth + 1));
      skipWs();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') return (i++, arr);
      return fail(`Unexpected ${describe(i)}: expected ',' or ']' after array element`);
    }
  };

  try {
    skipWs();
    const data = parseValue('', 0);
    skipWs();
    if (i < text.length) fail(`Unexpected ${describe(i)} after the JSON value`);
    return { data, keyLines };
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    const line = lineOf(e.pos);
    return { data: undefined, keyLines, error: { line, column: e.pos - (lineStarts[line - 1] ?? 0) + 1, message: e.message } };
  }
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let p = text.indexOf('\n'); p !== -1; p = text.indexOf('\n', p + 1)) starts.push(p + 1);
  return starts;
}

/** 1-based line of an offset (binary search over line starts). */
function lineAt(starts: number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
