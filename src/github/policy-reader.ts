/**
 * The PolicyReader the action hands to `resolvePolicy` (SPEC §5): relative `extends` entries resolved from the
 * file that declares them, read by `readLocal` (the PR's base commit through the contents API, or the workspace);
 * `github:OWNER/REPO/PATH@REF` sources read through the contents API of that repository at the commit the ref
 * resolves to (recorded as `sha`), and a relative path inside such a source stays in that repository at that ref.
 * Every read is cached, so the base and the head version of a config share their remote reads.
 */
import { posix } from 'node:path';
import type { PolicyReader } from '../policy/load-policy.js';
import { PolicyError } from '../policy/policy-types.js';
import { getFileContent } from './get-file-content.js';
import { resolveRefSha } from './resolve-ref-sha.js';
import { httpStatus, type Octokit } from './types.js';

export interface PolicyFile {
  file: string;
  text: string;
  sha?: string;
}

export interface GithubSource {
  owner: string;
  repo: string;
  path: string;
  ref: string;
}

const GITHUB_SOURCE = /^github:([^/\s]+)\/([^/\s]+)\/([^@\s]+)@(\S+)$/;

export function parseGithubSource(source: string): GithubSource | undefined {
  const m = GITHUB_SOURCE.exec(source.trim());
  if (!m) return undefined;
  const [, owner = '', repo = '', path = '', ref = ''] = m;
  return { owner, repo, path: posix.normalize(path).replace(/^\/+/, ''), ref };
}

export const formatGithubSource = ({ owner, repo, path, ref }: GithubSource): string => `github:${owner}/${repo}/${path}@${ref}`;

/** `to` resolved against the folder of `from` (repository-relative, POSIX); undefined when it leaves the repository. */
export function resolveRelative(from: string, to: string): string | undefined {
  const joined = posix.normalize(to.startsWith('/') ? to.slice(1) : posix.join(posix.dirname(from), to));
  if (joined === '..' || joined.startsWith('../') || joined === '.' || joined === '') return undefined;
  return joined;
}

/** Reads `github:` sources; shared by the readers of the base and the head version of a config. */
export interface RemotePolicyReader {
  read(src: GithubSource, fromFile: string): Promise<PolicyFile>;
}

export function createRemotePolicyReader(octokit: Octokit): RemotePolicyReader {
  const shas = new Map<string, Promise<string>>();
  const files = new Map<string, Promise<PolicyFile>>();

  const refSha = (src: GithubSource, fromFile: string): Promise<string> => {
    const key = `${src.owner}/${src.repo}@${src.ref}`.toLowerCase();
    let sha = shas.get(key);
    if (!sha) {
      sha = resolveRefSha(octokit, { owner: src.owner, repo: src.repo, ref: src.ref }).catch((error: unknown) => {
        shas.delete(key);
        const status = httpStatus(error);
        const why =
          status === 404 || status === 422
            ? `the ref "${src.ref}" was not found in ${src.owner}/${src.repo} (a private repository needs a \`policy-token\` that can read it)`
            : `GitHub answered ${status ?? 'with an error'}: ${error instanceof Error ? error.message : String(error)}`;
        throw new PolicyError(fromFile, undefined, 'extends', `cannot read "${formatGithubSource(src)}": ${why}`);
      });
      shas.set(key, sha);
    }
    return sha;
  };

  return {
    read(src: GithubSource, fromFile: string): Promise<PolicyFile> {
      const file = formatGithubSource(src);
      let result = files.get(file);
      if (!result) {
        result = (async () => {
          const sha = await refSha(src, fromFile);
          let content;
          try {
            content = await getFileContent(octokit, { owner: src.owner, repo: src.repo, path: src.path, ref: sha });
          } catch (error) {
            throw new PolicyError(
              fromFile,
              undefined,
              'extends',
              `cannot read "${file}": ${error instanceof Error ? error.message : String(error)}`,
            );
          }
          if (!content) {
            throw new PolicyError(
              fromFile,
              undefined,
              'extends',
              `cannot read "${file}": ${src.path} does not exist in ${src.owner}/${src.repo} at ${src.ref} (${sha.slice(0, 7)})`,
            );
          }
          return { file, text: content.text, sha };
        })();
        files.set(file, result);
        result.catch(() => files.delete(file));
      }
      return result;
    },
  };
}

export interface PolicyReaderOptions {
  /** Reads a repository-relative file; undefined when it does not exist. */
  readLocal(path: string): Promise<string | undefined>;
  /** Where local files come from, for messages: "at the base commit 1a2b3c4", "in the workspace". */
  localLabel: string;
  /** Reader of `github:` sources (its client uses `policy-token` when set). */
  remote: RemotePolicyReader;
}

export interface PolicyReaderHandle extends PolicyReader {
  /** Repository-relative local policy files read so far. */
  readonly localFiles: Set<string>;
}

export function createPolicyReader({ readLocal, localLabel, remote }: PolicyReaderOptions): PolicyReaderHandle {
  const localFiles = new Set<string>();
  return {
    localFiles,
    async read(source: string, fromFile: string): Promise<PolicyFile> {
      if (source.startsWith('github:')) {
        const src = parseGithubSource(source);
        if (!src) throw new PolicyError(fromFile, undefined, 'extends', `"${source}" is not of the form github:OWNER/REPO/PATH@REF`);
        return remote.read(src, fromFile);
      }
      const parent = fromFile.startsWith('github:') ? parseGithubSource(fromFile) : undefined;
      if (parent) {
        const path = resolveRelative(parent.path, source);
        if (!path)
          throw new PolicyError(fromFile, undefined, 'extends', `"${source}" leaves the repository ${parent.owner}/${parent.repo}`);
        return remote.read({ ...parent, path }, fromFile);
      }
      const path = resolveRelative(fromFile, source);
      if (!path) throw new PolicyError(fromFile, undefined, 'extends', `"${source}" leaves the repository`);
      const text = await readLocal(path);
      if (text === undefined)
        throw new PolicyError(fromFile, undefined, 'extends', `cannot read "${source}": ${path} does not exist ${localLabel}`);
      localFiles.add(path);
      return { file: path, text };
    },
  };
}
