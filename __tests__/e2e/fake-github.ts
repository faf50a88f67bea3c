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

export interface FakeReviewComment {
  id: number;
  reviewId: number;
  path: string;
  /** null once outdated (a later push changed the file's patch). */
  line: number | null;
  originalLine: number;
  startLine?: number;
  side: 'RIGHT' | 'LEFT';
  body: string;
  user: FakeUser;
  commitId: string;
  created_at: string;
  updated_at: string;
}

export interface FakeReview {
  id: number;
  body: string;
  event: string;
  commitId: string;
  user: FakeUser;
  comments: number;
}

/** A fault injected on matching requests (like ghsim's): the first `times` fail with `status`. */
export interface FakeFault {
  method?: string;
  pathRegex: string;
  status: number;
  times?: number;
  /** Seconds: a `retry-after` header (and the rate-limit reset) on 429/403. */
  retryAfter?: number;
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
  /** The injected fault this request got. */
  fault?: number;
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
  /** The PR's head and base commit (GET /pulls/{n}); default `c…c` and `b…b`. */
  headSha?: string;
  baseSha?: string;
  /** `changed_files` of GET /pulls/{n} (default: the number of files; GitHub lists at most 3,000). */
  changedFiles?: number;
  faults?: FakeFault[];
  reviewComments?: { path: string; line: number; body: string; user: FakeUser }[];
}

export interface FakeGithub {
  url: string;
  requests: FakeRequest[];
  comments: FakeComment[];
  reviews: FakeReview[];
  reviewComments: FakeReviewComment[];
  /** Replace the PR's file listing (a new push): review comments on files whose patch changed become outdated. */
  setFiles(files: FakePrFile[], headSha?: string): void;
  setHead(headSha: string): void;
  setFaults(faults: FakeFault[]): void;
  setForbidWrites(forbid: boolean): void;
  close(): Promise<void>;
}

const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex');

/** GitHub's file listing of a pull request stops here. */
export const MAX_LISTED_FILES = 3000;

/** The lines a patch shows on the RIGHT side (context and `+` lines), each with its hunk index. */
export function rightLines(patch: string | undefined): Map<number, number> {
  const lines = new Map<number, number>();
  if (!patch) return lines;
  let line = 0;
  let hunk = -1;
  for (const raw of patch.split('\n')) {
    const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(raw);
    if (m) {
      line = Number(m[1]);
      hunk += 1;
      continue;
    }
    if (hunk < 0) continue;
    if (raw.startsWith('+') || raw.startsWith(' ')) lines.set(line++, hunk);
  }
  return lines;
}

/** A patch that adds every line of `text` (a new file). */
export function addedPatch(text: string): string {
  const lines = text.replace(/\n$/, '').split('\n');
  return [`@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`)].join('\n');
}

export async function startFakeGithub(options: FakeGithubOptions): Promise<FakeGithub> {
  const [owner, repoName] = options.repository.split('/');
  let files = options.files ?? [];
  let forbidWrites = options.forbidWrites ?? false;
  let headSha = options.headSha ?? 'c'.repeat(40);
  let faults = (options.faults ?? []).map((f) => ({ ...f, left: f.times ?? 1 }));
  const reviews: FakeReview[] = [];
  const reviewComments: FakeReviewComment[] = [];
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
  for (const c of options.reviewComments ?? []) {
    reviewComments.push({
      id: nextId++,
      reviewId: 0,
      path: c.path,
      line: c.line,
      originalLine: c.line,
      side: 'RIGHT',
      body: c.body,
      user: c.user,
      commitId: headSha,
      created_at: now(),
      updated_at: now(),
    });
  }

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
  const reviewCommentJson = (c: FakeReviewComment) => ({
    id: c.id,
    node_id: `PRRC_${c.id}`,
    pull_request_review_id: c.reviewId,
    url: `${base}/repos/${options.repository}/pulls/comments/${c.id}`,
    html_url: `https://github.com/${options.repository}/pull/${options.prNumber}#discussion_r${c.id}`,
    path: c.path,
    body: c.body,
    user: userJson(c.user),
    line: c.line,
    original_line: c.originalLine,
    start_line: c.startLine ?? null,
    side: c.side,
    commit_id: c.commitId,
    original_commit_id: c.commitId,
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: c.user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
  });
  const reviewJson = (r: FakeReview) => ({
    id: r.id,
    node_id: `PRR_${r.id}`,
    user: userJson(r.user),
    body: r.body,
    state: 'COMMENTED',
    commit_id: r.commitId,
    html_url: `https://github.com/${options.repository}/pull/${options.prNumber}#pullrequestreview-${r.id}`,
  });
  const pullJson = () => {
    const repo = { full_name: options.repository, name: repoName, owner: { login: owner } };
    return {
      number: options.prNumber,
      state: 'open',
      html_url: `https://github.com/${options.repository}/pull/${options.prNumber}`,
      head: { sha: headSha, ref: 'feature', repo },
      base: { sha: options.baseSha ?? 'b'.repeat(40), ref: 'main', repo },
      changed_files: options.changedFiles ?? files.length,
    };
  };
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

  /** POST /pulls/{n}/reviews as GitHub answers it: one comment off the diff and the whole review is refused. */
  function createReview(body: unknown): [number, unknown] {
    const b = (body ?? {}) as {
      event?: string;
      body?: string;
      commit_id?: string;
      comments?: { path: string; line?: number; side?: string; start_line?: number; start_side?: string; body: string }[];
    };
    if (b.event === 'APPROVE')
      return [422, { message: 'Unprocessable Entity', errors: ['GitHub Actions is not permitted to approve pull requests.'] }];
    if (b.event !== 'COMMENT')
      return [422, { message: 'Unprocessable Entity', errors: [`this fake only takes event COMMENT, got ${b.event}`] }];
    if (!b.body)
      return [422, { message: 'Unprocessable Entity', errors: ['Body is required when using REQUEST_CHANGES or COMMENT events'] }];
    const tooLong = (text: string | undefined) => Array.from(text ?? '').length > 65536;
    if (tooLong(b.body) || (b.comments ?? []).some((c) => tooLong(c.body)))
      return [422, { message: 'Unprocessable Entity', errors: ['Body is too long (maximum is 65536 characters)'] }];
    for (const c of b.comments ?? []) {
      const file = files.find((f) => f.filename === c.path);
      const lines = rightLines(file?.patch);
      const hunk = c.line === undefined ? undefined : lines.get(c.line);
      const startHunk = c.start_line === undefined ? hunk : lines.get(c.start_line);
      const bad =
        !file ||
        (c.side ?? 'RIGHT') !== 'RIGHT' ||
        hunk === undefined ||
        startHunk !== hunk ||
        (c.start_line !== undefined && (c.start_line >= (c.line ?? 0) || (c.start_side ?? 'RIGHT') !== 'RIGHT'));
      if (bad)
        return [
          422,
          {
            message: 'Unprocessable Entity',
            errors: ["Pull request review thread line must be part of the diff and Pull request review thread diff hunk can't be blank"],
          },
        ];
    }
    const review: FakeReview = {
      id: nextId++,
      body: b.body,
      event: b.event,
      commitId: b.commit_id ?? headSha,
      user: BOT,
      comments: (b.comments ?? []).length,
    };
    reviews.push(review);
    for (const c of b.comments ?? []) {
      reviewComments.push({
        id: nextId++,
        reviewId: review.id,
        path: c.path,
        line: c.line ?? null,
        originalLine: c.line ?? 0,
        ...(c.start_line !== undefined ? { startLine: c.start_line } : {}),
        side: 'RIGHT',
        body: c.body,
        user: BOT,
        commitId: review.commitId,
        created_at: now(),
        updated_at: now(),
      });
    }
    return [200, reviewJson(review)];
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
    if (method === 'GET' && p === `${repoPrefix}/pulls/${options.prNumber}/files`)
      return paginate(res, p, query, files.slice(0, MAX_LISTED_FILES).map(fileJson));
    if (method === 'GET' && p === `${repoPrefix}/pulls/${options.prNumber}`) return [200, pullJson()];
    if (method === 'GET' && p === `${repoPrefix}/pulls/${options.prNumber}/comments`)
      return paginate(res, p, query, reviewComments.map(reviewCommentJson));
    if (method === 'POST' && p === `${repoPrefix}/pulls/${options.prNumber}/reviews`) return createReview(body);
    const reviewEdit = new RegExp(`^${repoPrefix}/pulls/comments/(\\d+)$`).exec(p);
    if (reviewEdit && method === 'PATCH') {
      const c = reviewComments.find((x) => x.id === Number(reviewEdit[1]));
      if (!c) return [404, { message: 'Not Found' }];
      const text = (body as { body?: unknown } | undefined)?.body;
      if (typeof text !== 'string') return [422, { message: 'Invalid request.' }];
      if (Array.from(text).length > 65536)
        return [422, { message: 'Validation Failed', errors: ['Body is too long (maximum is 65536 characters)'] }];
      c.body = text;
      c.updated_at = now();
      return [200, reviewCommentJson(c)];
    }
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

  function faultReply(res: http.ServerResponse, fault: FakeFault): [number, unknown] {
    if (fault.status === 429 || fault.status === 403) {
      const wait = fault.retryAfter ?? 1;
      res.setHeader('x-ratelimit-remaining', '0');
      res.setHeader('x-ratelimit-reset', String(Math.ceil(Date.now() / 1000) + wait));
      if (fault.retryAfter !== undefined) res.setHeader('retry-after', String(fault.retryAfter));
      return [
        fault.status,
        {
          message:
            fault.retryAfter !== undefined && fault.status === 403
              ? 'You have exceeded a secondary rate limit.'
              : 'API rate limit exceeded',
        },
      ];
    }
    if (fault.status >= 502) return [fault.status, '<html><body><h1>Unicorn!</h1></body></html>'];
    return [fault.status, { message: 'Server Error' }];
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
      else {
        const fault = faults.find(
          (f) => f.left > 0 && (!f.method || f.method === '*' || f.method === entry.method) && new RegExp(f.pathRegex).test(url.pathname),
        );
        if (fault) {
          fault.left -= 1;
          entry.fault = fault.status;
          [status, payload] = faultReply(res, fault);
        } else [status, payload] = route(req, res, url, body);
      }
      entry.status = status;
      if (typeof payload === 'string') {
        res.writeHead(status);
        res.end(payload);
      } else {
        if (!res.hasHeader('x-ratelimit-remaining')) res.setHeader('x-ratelimit-remaining', '4999');
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
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
    reviews,
    reviewComments,
    setFiles: (next, nextHead) => {
      for (const c of reviewComments) {
        const before = files.find((f) => f.filename === c.path)?.patch;
        const after = next.find((f) => f.filename === c.path)?.patch;
        if (c.line !== null && before !== after) c.line = null; // outdated, as GitHub re-anchors (approximation)
      }
      files = next;
      if (nextHead) headSha = nextHead;
    },
    setHead: (sha) => {
      headSha = sha;
    },
    setFaults: (next) => {
      faults = next.map((f) => ({ ...f, left: f.times ?? 1 }));
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
