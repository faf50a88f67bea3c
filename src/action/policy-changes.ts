/**
 * `policy-changed` and `invalid-policy` findings for a pull request that edits the config or a local policy file
 * (SPEC §3): the PR is judged by its base policy; these say what its change would do after merge.
 */
import { engineFinding } from '../evaluate/engine-rules.js';
import { describePolicyChange } from '../github/describe-policy-change.js';
import { createPolicyReader, type RemotePolicyReader } from '../github/policy-reader.js';
import type { PrChanges } from '../github/pr-changes.js';
import { resolvePolicy } from '../policy/load-policy.js';
import { PolicyError, type Policy } from '../policy/policy-types.js';
import type { Finding } from '../report/report-types.js';

export interface PolicyChangeContext {
  changes: PrChanges;
  configPath: string;
  basePolicy: Policy;
  baseInclude: { include: unknown; exclude: string[] };
  baseLocalFiles: ReadonlySet<string>;
  baseShort: string;
  /** Reads the head version of a repository file (workspace under pull_request, API at the head SHA under pull_request_target). */
  readHead(path: string): Promise<string | undefined>;
  remote: RemotePolicyReader;
  notes: string[];
}

/**
 * `policy-changed` (notice) for the config and each local policy file the PR changes, saying what the change
 * would do to the effective policy and that it takes effect after merge; `invalid-policy` (error) when the
 * changed version does not load.
 */
export async function policyChangeFindings(ctx: PolicyChangeContext): Promise<Finding[]> {
  const { changes, configPath } = ctx;
  const changed = (p: string): boolean => changes.scope.has(p);
  const configGone = changes.removed.has(configPath);
  const touched = changed(configPath) || configGone || [...ctx.baseLocalFiles].some((p) => changed(p) || changes.removed.has(p));
  if (!touched) return [];

  const afterMerge = `Policy changes take effect after merge: this pull request was judged by the policy of its base commit (${ctx.baseShort}).`;
  const headReader = createPolicyReader({ readLocal: ctx.readHead, localLabel: 'in the pull request', remote: ctx.remote });
  const headText = configGone && !changed(configPath) ? undefined : await ctx.readHead(configPath);
  if (headText !== undefined) headReader.localFiles.add(configPath);
  let headPolicy: Awaited<ReturnType<typeof resolvePolicy>>;
  try {
    headPolicy = await resolvePolicy(headText, configPath, headReader);
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
    const at = changed(error.file) ? error.file : configPath;
    const line = at === error.file ? (error.line ?? 1) : 1;
    if (!changed(at)) {
      ctx.notes.push(`The policy as changed by this pull request does not load: ${error.message}. ${afterMerge}`);
      return [];
    }
    return [
      engineFinding(
        'invalid-policy',
        at,
        line,
        `${error.message}. This pull request changes the policy so that it no longer loads; ${afterMerge}`,
      ),
    ];
  }

  const effects = describePolicyChange(ctx.basePolicy, headPolicy.policy);
  if (JSON.stringify({ include: headPolicy.include, exclude: headPolicy.exclude }) !== JSON.stringify(ctx.baseInclude)) {
    effects.push('changes which files are checked (`include`/`exclude`)');
  }
  const effect = effects.length ? `it ${effects.join('; ')}` : 'it does not change the effective rules';
  if (configGone) {
    ctx.notes.push(`This pull request deletes ${configPath}: after merge ${effect.replace(/^it /, 'the built-in policy ')}. ${afterMerge}`);
  }
  const files = new Set([...ctx.baseLocalFiles, ...headReader.localFiles].filter(changed));
  return [...files]
    .sort()
    .map((file) =>
      engineFinding(
        'policy-changed',
        file,
        1,
        `This pull request changes ${file === configPath ? 'the llm-arch-lint config' : 'a policy file that the config extends'} (${file}): ${effect}. ${afterMerge}`,
      ),
    );
}
