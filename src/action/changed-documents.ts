/**
 * Whether a pull request changes any document. Under `scope: changed` only the documents a pull request adds,
 * modifies or renames receive findings (SPEC §2, §3); the rest of the repository is read only so that those can be
 * linked to it. A pull request that changes no document therefore has nothing to link, and the action does not
 * read the repository's documents at all: in a monorepo with thousands of ADRs that is most pull requests, and
 * each would otherwise parse all of them (2.4 s for 10,000 ADRs).
 *
 * A changed path is a document when the include globs give it a role and, where the checkout holds the pull
 * request's version of it (`pull_request`), its content is one of ours: `**\/*.yml` also matches workflows and
 * lockfiles, which are no model configs. Under `pull_request_target` the checkout is the base, so a path the
 * globs match counts as a document unread.
 */
import { createDiscovery } from '../discover/discover-files.js';
import { readWorkspace, type ReadWorkspaceOptions } from '../io/read-workspace.js';

export interface ChangedDocuments {
  /** Whether at least one changed path is (or, unread, may be) a document. */
  any: boolean;
  /** The include globs, for the job summary. */
  globsTried: string[];
  /** What reading the changed files had to say (a changed ADR over the size limit, …). */
  notes: string[];
  /** How many paths the pull request adds, modifies or renames. */
  scopeSize: number;
}

export async function changedDocuments(
  workspace: string,
  scope: ReadonlySet<string>,
  read: Omit<ReadWorkspaceOptions, 'paths' | 'only'>,
  checkoutHasHead: boolean,
): Promise<ChangedDocuments> {
  const discovery = createDiscovery(read.include, read.exclude);
  const candidates = [...scope].filter((path) => discovery.roleOf(path) !== undefined);
  const result = { any: candidates.length > 0, globsTried: discovery.globsTried, notes: [] as string[], scopeSize: scope.size };
  if (!result.any || !checkoutHasHead) return result;
  const changed = await readWorkspace(workspace, { ...read, only: candidates });
  result.notes.push(...changed.notes);
  if (changed.files.length === 0) return { ...result, any: false };
  const { extractDocuments } = await import('../pipeline/extract-documents.js');
  return { ...result, any: extractDocuments(changed.files).length > 0 };
}

/** The run's note when the workspace was not read. */
export function unreadNote(scopeSize: number): string {
  const what =
    scopeSize === 0
      ? 'This pull request adds, modifies or renames no file'
      : scopeSize === 1
        ? 'The one file this pull request adds, modifies or renames is not an ADR, model config or training data'
        : `None of the ${scopeSize.toLocaleString('en-US')} files this pull request adds, modifies or renames is an ADR, model config or training data`;
  return `${what}, so the repository's documents were not read: under \`scope: changed\` only changed documents receive findings.`;
}
