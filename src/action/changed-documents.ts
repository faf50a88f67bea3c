/**
 * What a pull request's changed files need from the rest of the repository. Under `scope: changed` only the
 * documents a pull request adds, modifies or renames receive findings (SPEC §2, §3), and the rest of the repository
 * is read only so that linking can give them facts from other documents — which it does for fine-tuning configs
 * alone (`receivesLinks`: an accepted ADR deciding fine-tuning, the training data a config names). So when no
 * changed document is a fine-tuning config, the changed documents are all the action reads: in a monorepo with
 * thousands of ADRs that is nearly every pull request, and each would otherwise parse all of them (2.2 s for
 * 10,000 ADRs).
 *
 * A changed path is read when the include globs give it a role, as the walk would read it; `**\/*.yml` also
 * matches workflows and lockfiles, which then turn out to be no document. Under `pull_request_target` the checkout
 * holds the base commit, not the changed files: there only a pull request whose changed paths the globs all miss
 * skips the repository.
 */
import { createDiscovery } from '../discover/discover-files.js';
import type { DocumentFacts } from '../facts/types.js';
import { receivesLinks } from '../extract/link-documents.js';
import { readWorkspace, type ReadWorkspaceOptions } from '../io/read-workspace.js';
import type { SourceFile } from '../pipeline/analyze-types.js';

export interface ChangedDocuments {
  /** Whether the rest of the repository must be read: a changed document is (or, unread, may be) linked. */
  needsRepository: boolean;
  /** The changed files read (when the repository is not needed, the run's files). */
  files: SourceFile[];
  /** Their documents, extracted in full (when the repository is not needed, the run's documents). */
  documents: DocumentFacts[];
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
  const result: ChangedDocuments = {
    needsRepository: false,
    files: [],
    documents: [],
    globsTried: discovery.globsTried,
    notes: [],
    scopeSize: scope.size,
  };
  if (candidates.length === 0) return result;
  if (!checkoutHasHead) return { ...result, needsRepository: true };
  const changed = await readWorkspace(workspace, { ...read, only: candidates });
  if (changed.files.length === 0) return { ...result, notes: changed.notes };
  const { extractDocuments } = await import('../pipeline/extract-documents.js');
  const documents = extractDocuments(changed.files);
  return {
    ...result,
    needsRepository: documents.some(receivesLinks),
    files: changed.files,
    documents,
    notes: changed.notes,
  };
}

/**
 * The run's note when the repository was not read because the pull request changes no document; none when the
 * changed documents were read, or when reading a changed file said why it is none (an ADR over the size limit is
 * an ADR all the same, so "none of the files is an ADR" would be wrong there).
 */
export function unreadNoteOf(changed: ChangedDocuments): string | undefined {
  return changed.documents.length === 0 && changed.notes.length === 0 ? unreadNote(changed.scopeSize) : undefined;
}

/** The note's text for a pull request changing `scopeSize` paths, none of them a document. */
export function unreadNote(scopeSize: number): string {
  const what =
    scopeSize === 0
      ? 'This pull request adds, modifies or renames no file'
      : scopeSize === 1
        ? 'The one file this pull request adds, modifies or renames is not an ADR, model config or training data'
        : `None of the ${scopeSize.toLocaleString('en-US')} files this pull request adds, modifies or renames is an ADR, model config or training data`;
  return `${what}, so the repository's documents were not read: under \`scope: changed\` only changed documents receive findings.`;
}
