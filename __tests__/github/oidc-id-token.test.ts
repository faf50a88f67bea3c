/**
 * patches/@actions+core+3.0.1.patch makes @actions/core load its HTTP client when an ID token is first asked for
 * instead of at start-up. The token request must work as before: a GET to ACTIONS_ID_TOKEN_REQUEST_URL with the
 * audience, authorised by ACTIONS_ID_TOKEN_REQUEST_TOKEN, answered with `{ value }`.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as core from '@actions/core';

let server: Server;
const seen: IncomingMessage[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ value: 'id-token-for-test' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('@actions/core getIDToken with the HTTP client loaded on demand', () => {
  it('requests the token with the audience and the bearer token, and masks it', async () => {
    const { port } = server.address() as AddressInfo;
    process.env['ACTIONS_ID_TOKEN_REQUEST_URL'] = `http://127.0.0.1:${port}/token?api-version=2.0`;
    process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] = 'request-token';
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      await expect(core.getIDToken('sts.example')).resolves.toBe('id-token-for-test');
      expect(write.mock.calls.map((c) => String(c[0])).join('')).toContain('::add-mask::id-token-for-test');
    } finally {
      write.mockRestore();
      delete process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
      delete process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
    }
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url).toBe('/token?api-version=2.0&audience=sts.example');
    expect(seen[0]!.headers.authorization).toBe('Bearer request-token');
  });
});
