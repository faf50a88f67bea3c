/**
 * A parsed config as the tools themselves read it: dotted-path access, values given as strings coerced the way
 * pydantic/OmegaConf coerce them ("0.05", "true", "2"), `${VAR:default}` placeholders taking their default (the
 * core sees no environment), OmegaConf `${other.key}` references resolved, and the line of each key for evidence.
 */
import { readDottedPath } from '../../facts/read-dotted-path.js';
import type { Evidence } from '../../facts/types.js';

type Tree = Record<string, unknown>;

const MAX_QUOTE = 120;

export class ConfigView {
  readonly data: Tree;

  constructor(
    readonly path: string,
    raw: Tree,
    private readonly keyLines: Map<string, number>,
  ) {
    this.data = resolvePlaceholders(raw, raw) as Tree;
  }

  /** The value at a dotted path (`datasets.0.path`); a key that itself contains dots is matched whole first. */
  get(path: string): unknown {
    return readDottedPath(this.data, path);
  }

  has(path: string): boolean {
    const v = this.get(path);
    return v !== undefined;
  }

  /** Present and not null, empty string or empty list. */
  isSet(path: string): boolean {
    const v = this.get(path);
    return !(v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0));
  }

  str(path: string): string | undefined {
    const v = this.get(path);
    if (typeof v === 'string') return v.trim() === '' ? undefined : v;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    return undefined;
  }

  num(path: string): number | undefined {
    return toNumber(this.get(path));
  }

  bool(path: string): boolean | undefined {
    return toBoolean(this.get(path));
  }

  obj(path: string): Tree | undefined {
    const v = path ? this.get(path) : this.data;
    return isTree(v) ? v : undefined;
  }

  list(path: string): unknown[] {
    const v = this.get(path);
    return Array.isArray(v) ? v : [];
  }

  /** The 1-based line of a key, or of its nearest ancestor that has one. */
  line(path: string): number {
    const parts = path.split('.');
    for (let n = parts.length; n > 0; n--) {
      const found = this.keyLines.get(parts.slice(0, n).join('.'));
      if (found !== undefined) return found;
    }
    return 1;
  }

  /** Evidence quoting `key: value` at the key's line. */
  evidence(path: string, text?: string): Evidence {
    return { path: this.path, line: this.line(path), text: text ?? `${path}: ${short(this.get(path))}`, source: 'config' };
  }

  /** The first of these paths that is present. */
  first(...paths: string[]): string | undefined {
    return paths.find((p) => this.has(p));
  }
}

export function isTree(v: unknown): v is Tree {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string') {
    const t = v.trim().replace(/_/g, '');
    if (!/^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(t)) return undefined;
    const n = Number(t);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

export function toBoolean(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') {
    const t = v.trim().toLowerCase();
    if (['true', 'yes', 'on', '1'].includes(t)) return true;
    if (['false', 'no', 'off', '0', ''].includes(t)) return false;
  }
  return undefined;
}

export function short(v: unknown): string {
  const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? 'null');
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1)}…` : flat;
}

const WHOLE_PLACEHOLDER = /^\$\{([^{}]*)\}$/;
const ANY_PLACEHOLDER = /\$\{([^{}]*)\}/g;
/** `VAR` or `VAR,OTHER`: environment variable names before the default. */
const ENV_NAMES = /^[A-Za-z_][\w\s,]*$/;

/**
 * Placeholders as the tools resolve them with no environment variable set:
 * `${VAR:default}` and `${VAR,OTHER:default}` (privateGPT), `${VAR:-default}` (shell; a numeric `-1` stays -1) and
 * `${oc.env:VAR,default}` (OmegaConf) take their default; `${some.key}` (OmegaConf, torchtune) takes that key's
 * value. A placeholder with nothing to fall back on (`${HF_TOKEN}`) stays as written.
 */
export function resolvePlaceholders(value: unknown, root: Tree, depth = 0): unknown {
  if (depth > 32) return value;
  if (typeof value === 'string') return resolveString(value, root, depth);
  if (Array.isArray(value)) return value.map((v) => resolvePlaceholders(v, root, depth + 1));
  if (isTree(value)) {
    const out: Tree = {};
    for (const [k, v] of Object.entries(value))
      Object.defineProperty(out, k, {
        value: resolvePlaceholders(v, root, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return out;
  }
  return value;
}

function resolveString(s: string, root: Tree, depth: number): unknown {
  if (!s.includes('${')) return s;
  const whole = WHOLE_PLACEHOLDER.exec(s.trim());
  if (whole) {
    const resolved = resolveOne(whole[1] ?? '', root, depth);
    return resolved === undefined ? s : resolved;
  }
  return s.replace(ANY_PLACEHOLDER, (m, inner: string) => {
    const r = resolveOne(inner, root, depth);
    return r === undefined || r === null || typeof r === 'object' ? m : String(r);
  });
}

function resolveOne(inner: string, root: Tree, depth: number): unknown {
  const body = inner.trim();
  const ocEnv = /^oc\.env\s*:\s*[A-Za-z_][A-Za-z0-9_]*\s*(?:,(.*))?$/.exec(body);
  if (ocEnv) return ocEnv[1] !== undefined ? scalar(ocEnv[1].trim()) : undefined;
  const colon = body.indexOf(':');
  if (colon > 0) {
    const names = body.slice(0, colon).trim();
    if (ENV_NAMES.test(names)) {
      // `${VAR:-1}` is privateGPT's default -1; `${VAR:-gpt-4o}` is the shell's default gpt-4o.
      const def = body.slice(colon + 1);
      return scalar(def.startsWith('-') && toNumber(def) === undefined ? def.slice(1) : def);
    }
    return undefined;
  }
  // An OmegaConf reference to another key of the same document.
  if (/^\.?[A-Za-z_][\w.-]*$/.test(body)) {
    const target = readDottedPath(root, body.replace(/^\./, ''));
    if (target !== undefined && (typeof target !== 'string' || target !== `\${${inner}}`))
      return resolvePlaceholders(target, root, depth + 1);
  }
  return undefined;
}

/** A default written in a placeholder, typed as YAML would type it. */
function scalar(text: string): unknown {
  const t = text.trim();
  if (/^(?:true|false)$/i.test(t)) return t.toLowerCase() === 'true';
  if (/^(?:null|~)$/i.test(t)) return null;
  const n = toNumber(t);
  if (n !== undefined && /^[-+]?\d/.test(t)) return n;
  return t;
}
