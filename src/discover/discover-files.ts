/** Which files are ours, by glob (pure: given paths, no file system). */
import picomatch from 'picomatch';
import type { FileRole } from '../pipeline/analyze-types.js';

export interface IncludeGlobs {
  adr?: string[];
  config?: string[];
  data?: string[];
}

/** Where ADRs usually live (adr-tools, MADR, log4brains, Backstage). */
export const DEFAULT_INCLUDE: Required<IncludeGlobs> = {
  adr: [
    '**/docs/adr/**/*.md',
    '**/doc/adr/**/*.md',
    '**/docs/adrs/**/*.md',
    '**/docs/decisions/**/*.md',
    '**/docs/architecture/decisions/**/*.md',
    '**/architecture/decisions/**/*.md',
    '**/adr/**/*.md',
    '**/adrs/**/*.md',
    '**/decisions/**/*.md',
    '**/docs/decision-records/**/*.md',
  ],
  config: ['**/*.{yml,yaml,json,toml}'],
  data: ['**/*.jsonl'],
};

export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**', '**/vendor/**', '**/dist/**'];

/** Index and template pages of an ADR folder decide nothing. */
const NOT_ADRS = ['**/README.md', '**/index.md', '**/template.md', '**/*-template.md', '**/_template*.md', '**/adr-template*.md'];

export interface Discovery {
  roleOf(path: string): FileRole | undefined;
  /** True when the role came from a config's explicit `include` glob (SPEC §6.3 parse errors). */
  isExplicit(path: string): boolean;
  globsTried: string[];
}

export function createDiscovery(include: IncludeGlobs = {}, exclude: string[] = []): Discovery {
  const opts = { dot: true };
  const globs = {
    adr: include.adr ?? DEFAULT_INCLUDE.adr,
    config: include.config ?? DEFAULT_INCLUDE.config,
    data: include.data ?? DEFAULT_INCLUDE.data,
  };
  const excluded = globMatcher([...DEFAULT_EXCLUDE, ...exclude], opts);
  const notAdr = globMatcher(NOT_ADRS, { ...opts, nocase: true });
  const adr = globMatcher(globs.adr, opts);
  const config = globMatcher(globs.config, opts);
  const data = globMatcher(globs.data, opts);
  return {
    roleOf(path) {
      if (excluded(path)) return undefined;
      if (adr(path) && (include.adr || !notAdr(path))) return 'adr';
      if (data(path)) return 'data';
      if (config(path)) return 'config';
      return undefined;
    },
    isExplicit(path) {
      return Boolean((include.adr && adr(path)) || (include.config && config(path)) || (include.data && data(path)));
    },
    globsTried: [...globs.adr, ...globs.config, ...globs.data],
  };
}

/**
 * What `picomatch(globs, opts)` answers for a path, from one regex: picomatch's own translation of each glob,
 * joined, plus its shortcut for a path spelled exactly as a glob. picomatch's matcher tries the globs one by one and
 * builds a result object per try: ~20 tries for each file of a walk over 12,500 files.
 */
export function globMatcher(globs: readonly string[], opts: picomatch.PicomatchOptions): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  const res = globs.map((g) => picomatch.makeRe(g, opts));
  const joined = new RegExp(res.map((re) => `(?:${re.source})`).join('|'), res[0]!.flags);
  const literal = new Set(globs);
  return (path) => path !== '' && (literal.has(path) || joined.test(path));
}

/** A file named explicitly is always read: its role by the globs first, by extension otherwise. */
export function roleByExtension(path: string): FileRole | undefined {
  const lower = path.toLowerCase();
  if (/\.(md|markdown)$/.test(lower)) return 'adr';
  if (lower.endsWith('.jsonl')) return 'data';
  if (/\.(ya?ml|json|toml)$/.test(lower)) return 'config';
  return undefined;
}
