/**
 * A small fake of the GitHub REST API for the end-to-end test: one repository with one pull request, served on
 * 127.0.0.1 (random port) from the test process. It answers the endpoints the action uses, paginates with Link
 * headers like GitHub, and records every request. The acceptance harness in ../shared/ghsim validates the same
 * calls against GitHub's OpenAPI description; this one keeps the committed test suite self-contained.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeUser {
  login: string;
  type: 'Bot' | 'User' | 'Organization';
}

export const BOT: FakeUser = { login: 'github-actions[bot]', type: 'Bot' };

export interface FakePrFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  patch?: string;
  previous_filename?: string;
  additions?: number;
  deletions?: number;
}

export interface FakeComment {
  id: number;
  body: string;
  user: FakeUser;
  created_at: string;
  updated_at: string;
}

export interface FakeRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  accept: string;
  auth: string;
  userAgent: string;
  body?: unknown;
  status: number;
}

export interface FakeGithubOptions {
  /** owner/name of the repository the pull request lives in. */
  repository: string;
  prNumber: number;
  token: string;
  /** More tokens the fake accepts (a `policy-token`). */
  otherTokens?: string[];
  files?: FakePrFile[];
  /** Repository contents: `{"owner/name": {"<ref or sha>": {"path": "text"}}}`. */
  contents?: Record<string, Record<string, Record<string, string>>>;
  /** Commit SHAs of named refs: `{"owner/name": {"v3": "<sha>"}}` (SHAs used as keys of `contents` resolve to themselves). */
  refs?: Record<string, Record<string, string>>;
  comments?: { body: string; user: FakeUser }[];
  /** Every POST/PATCH/PUT/DELETE answers 403 (the read-only token of a fork PR). */
  forbidWrites?: boolean;
  /** Who GET /user says the token belongs to; undefined: 403 as for an installation token. */
  tokenUser?: FakeUser;
}

export interface FakeGithub {
  url: string;
  requests: FakeRequest[];
  comments: FakeComment[];
  /** Replace the PR's file listing (a new push). */
  setFiles(files: FakePrFile[]): void;
  setForbidWrites(forbid: boolean): void;
  close(): Promise<void>;
}

const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex');

/** A patch that adds every line of `text` (a new file). */
export function addedPatch(text: string): string {
  const lines = text.replace(/\n$/, '').split('\n');
  return [`@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`)].join('\n');
}

export async function startFakeGithub(options: FakeGithubOptions): Promise<FakeGithub> {
  const [owner, repoName] = options.repository.split('/');
  let files = options.files ?? [];
  let forbidWrites = options.forbidWrites ?? false;
  let nextId = 1000;
  const now = (): string => new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const comments: FakeComment[] = (options.comments ?? []).map((c) => ({
    id: nextId++,
    body: c.body,
    user: c.user,
    created_at: now(),
    updated_at: now(),
  }));
  const requests: FakeRequest[] = [];
  let base = '';

  const userJson = (u: FakeUser) => ({
    login: u.login,
    id: u.login.length * 1000 + 7,
    type: u.type,
    site_admin: false,
    html_url: `https://github.com/${u.login}`,
  });
  const commentJson = (c: FakeComment) => ({
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${base}/repos/${options.repository}/issues/comments/${c.id}`,
    html_url: `https://github.com/${options.repository}/pull/${options.prNumber}#issuecomment-${c.id}`,
    issue_url: `${base}/repos/${options.repository}/issues/${options.prNumber}`,
    body: c.body,
    user: userJson(c.user),
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: c.user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
  });
  const fileJson = (f: FakePrFile) => ({
    sha: sha1(f.filename + (f.patch ?? '')),
    filename: f.filename,
    status: f.status,
    additions: f.additions ?? (f.patch ?? '').split('\n').filter((l) => l.startsWith('+')).length,
    deletions: f.deletions ?? (f.patch ?? '').split('\n').filter((l) => l.startsWith('-')).length,
    changes: 0,
    blob_url: `https://github.com/${options.repository}/blob/head/${f.filename}`,
    raw_url: `https://github.com/${options.repository}/raw/head/${f.filename}`,
    contents_url: `${base}/repos/${options.repository}/contents/${f.filename}`,
    ...(f.patch !== undefined ? { patch: f.patch } : {}),
    ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
  });

  const bareRef = (ref: string): string => ref.replace(/^refs\//, '').replace(/^(heads|tags)\//, '');
  const resolveRef = (fullName: string, ref: string): string | undefined => {
    const repoContents = options.contents?.[fullName] ?? {};
    const refs = options.refs?.[fullName] ?? {};
    const r = bareRef(ref);
    if (refs[r]) return refs[r];
    if (Object.values(refs).includes(r)) return r;
    if (repoContents[r]) return /^[0-9a-f]{40}$/.test(r) ? r : sha1(`${fullName}@${r}`);
    return undefined;
  };
  const treeAt = (fullName: string, ref: string): Record<string, string> | undefined => {
    const repoContents = options.contents?.[fullName] ?? {};
    const r = bareRef(ref);
    if (repoContents[r]) return repoContents[r];
    const named = Object.entries(options.refs?.[fullName] ?? {}).find(([, s]) => s === r);
    return named ? repoContents[named[0]] : undefined;
  };

  function paginate<T>(res: http.ServerResponse, pathname: string, query: Record<string, string>, items: T[]): [number, unknown] {
    const perPage = Math.min(Number(query.per_page ?? 30) || 30, 100);
    const page = Math.max(Number(query.page ?? 1) || 1, 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p: number, rel: string) => `<${base}${pathname}?per_page=${perPage}&page=${p}>; rel="${rel}"`;
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    if (links.length) res.setHeader('link', links.join(', '));
    return [200, items.slice((page - 1) * perPage, page * perPage)];
  }

  function route(req: http.IncomingMessage, res: http.ServerResponse, url: URL, body: unknown): [number, unknown] {
    const method = req.method ?? 'GET';
    const p = url.pathname;
    const query = Object.fromEntries(url.searchParams);
    const repoPrefix = `/repos/${owner}/${repoName}`;
    if (method !== 'GET' && forbidWrites)
      return [403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' }];

    if (method === 'GET' && p === '/user') {
      return options.tokenUser ? [200, userJson(options.tokenUser)] : [403, { message: 'Resource not accessible by integration' }];
    }
    if (method === 'GET' && p === `${repoPrefix}/pulls/${options.prNumber}/files`) return paginate(res, p, query, files.map(fileJson));
    if (p === `${repoPrefix}/issues/${options.prNumber}/comments`) {
      if (method === 'GET') return paginate(res, p, query, comments.map(commentJson));
      if (method === 'POST') {
        const text = (body as { body?: unknown } | undefined)?.body;
        if (typeof text !== 'string') return [422, { message: 'Invalid request.' }];
        const c: FakeComment = { id: nextId++, body: text, user: BOT, created_at: now(), updated_at: now() };
        comments.push(c);
        return [201, commentJson(c)];
      }
    }
    const edit = new RegExp(`^${repoPrefix}/issues/comments/(\\d+)$`).exec(p);
    if (edit && method === 'PATCH') {
      const c = comments.find((x) => x.id === Number(edit[1]));
      if (!c) return [404, { message: 'Not Found' }];
      const text = (body as { body?: unknown } | undefined)?.body;
      if (typeof text !== 'string') return [422, { message: 'Invalid request.' }];
      c.body = text;
      c.updated_at = now();
      return [200, commentJson(c)];
    }
    const contents = /^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/.exec(p);
    if (contents && method === 'GET') {
      const fullName = `${contents[1]}/${contents[2]}`;
      const filePath = decodeURIComponent(contents[3] ?? '');
      const ref = query.ref ?? 'main';
      const tree = treeAt(fullName, ref);
      if (!tree) return [404, { message: `No commit found for the ref ${ref}` }];
      const text = tree[filePath];
      if (text === undefined) return [404, { message: 'Not Found' }];
      const buf = Buffer.from(text);
      if (/vnd\.github(\.v3)?\.raw/.test(req.headers.accept ?? '')) {
        res.setHeader('content-type', 'application/vnd.github.raw; charset=utf-8');
        return [200, text];
      }
      const big = buf.length > 1024 * 1024; // GitHub sends no content for files over 1 MB
      return [
        200,
        {
          type: 'file',
          encoding: big ? 'none' : 'base64',
          size: buf.length,
          name: filePath.split('/').pop(),
          path: filePath,
          content: big ? '' : `${buf.toString('base64').replace(/.{60}/g, '$&\n')}\n`,
          sha: createHash('sha1').update(`blob ${buf.length}\0`).update(buf).digest('hex'),
          url: `${base}/repos/${fullName}/contents/${filePath}?ref=${ref}`,
        },
      ];
    }
    const commit = /^\/repos\/([^/]+)\/([^/]+)\/commits\/(.+)$/.exec(p);
    if (commit && method === 'GET') {
      const fullName = `${commit[1]}/${commit[2]}`;
      const ref = decodeURIComponent(commit[3] ?? '');
      const sha = resolveRef(fullName, ref);
      if (!sha) return [422, { message: `No commit found for SHA: ${ref}` }];
      if (/vnd\.github(\.v3)?\.sha/.test(req.headers.accept ?? '')) {
        res.setHeader('content-type', 'application/vnd.github.sha; charset=utf-8');
        return [200, sha];
      }
      return [200, { sha, commit: { message: `commit ${ref}` }, parents: [] }];
    }
    return [404, { message: 'Not Found', note: 'not served by the fake GitHub of the e2e test' }];
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', base);
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = raw;
      }
      const auth = req.headers.authorization ?? '';
      const entry: FakeRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        accept: req.headers.accept ?? '',
        auth,
        userAgent: req.headers['user-agent'] ?? '',
        ...(body !== undefined ? { body } : {}),
        status: 0,
      };
      requests.push(entry);
      let status: number;
      let payload: unknown;
      if (!entry.userAgent)
        [status, payload] = [
          403,
          { message: 'Request forbidden by administrative rules. Please make sure your request has a User-Agent header.' },
        ];
      else if (![options.token, ...(options.otherTokens ?? [])].some((t) => auth === `token ${t}` || auth === `Bearer ${t}`))
        [status, payload] = [401, { message: 'Bad credentials' }];
      else [status, payload] = route(req, res, url, body);
      entry.status = status;
      if (typeof payload === 'string') {
        res.writeHead(status);
        res.end(payload);
      } else {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-ratelimit-remaining': '4999' });
        res.end(JSON.stringify(payload));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    comments,
    setFiles: (next) => {
      files = next;
    },
    setForbidWrites: (forbid) => {
      forbidWrites = forbid;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
