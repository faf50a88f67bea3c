/**
 * GET /repos/{owner}/{repo}/contents/{path}?ref= → the file's text (base64-decoded), or undefined when the
 * file does not exist at that ref (404). A ref that does not exist is an error, not a missing file.
 */
import { httpStatus, type Octokit, type RepoRef } from './types.js';

export interface FileContent {
  path: string;
  text: string;
  /** The blob SHA. */
  sha: string;
}

export async function getFileContent(
  octokit: Octokit,
  { owner, repo, path, ref }: RepoRef & { path: string; ref?: string },
): Promise<FileContent | undefined> {
  let data: unknown;
  try {
    ({ data } = await octokit.rest.repos.getContent({ owner, repo, path, ...(ref ? { ref } : {}) }));
  } catch (error) {
    if (httpStatus(error) === 404 && !/no commit found/i.test(error instanceof Error ? error.message : '')) return undefined;
    throw error;
  }
  if (Array.isArray(data)) throw new Error(`${owner}/${repo}/${path}${ref ? `@${ref}` : ''} is a directory, not a file`);
  const file = data as { type?: string; content?: string; encoding?: string; size?: number; sha?: string; path?: string };
  if (file.type !== 'file')
    throw new Error(`${owner}/${repo}/${path}${ref ? `@${ref}` : ''} is a ${file.type ?? 'non-file entry'}, not a file`);
  let text: string;
  if (file.encoding === 'base64' && typeof file.content === 'string') {
    text = Buffer.from(file.content, 'base64').toString('utf8');
  } else {
    // Files over 1 MB come without content (`encoding: none`): ask for the raw media type.
    const raw = await octokit.rest.repos.getContent({ owner, repo, path, ...(ref ? { ref } : {}), mediaType: { format: 'raw' } });
    text = typeof raw.data === 'string' ? raw.data : Buffer.from(raw.data as unknown as ArrayBuffer).toString('utf8');
  }
  return { path: file.path ?? path, text, sha: file.sha ?? '' };
}
