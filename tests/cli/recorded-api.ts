/**
 * What the `new` command talks to in tests: a local HTTP server on 127.0.0.1 answering with the
 * recordings in tests/fixtures/{arxiv,crossref} (never the real network), a temporary copy of the
 * atlas's content, and a runner for `npm run new` / `npm run validate` against that copy.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/build-site.ts';
import { recording } from '../scaffold/recorded.ts';

/** A recorded answer, or 'hang' for a server that accepts the request and never answers. */
export type Answer = { status: number; fixture: string; type?: string } | 'hang';

export interface RecordedApi {
  url: string;
  /** Request paths (with query) in the order they arrived. */
  requests: string[];
  close(): Promise<void>;
}

export async function serveRecordings(route: (req: IncomingMessage) => Answer): Promise<RecordedApi> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const answer = route(req);
    if (answer === 'hang') return;
    res.writeHead(answer.status, { 'content-type': answer.type ?? 'application/octet-stream' });
    res.end(recording(answer.fixture));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** A port on 127.0.0.1 with nothing listening: what "offline" looks like to the CLI. */
export async function closedPort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/** A temporary copy of papers/, commentary/ and taxonomies/, minus the files named in `without`. */
export function tempAtlas(without: string[] = []): { root: string; remove(): void } {
  const root = mkdtempSync(path.join(tmpdir(), 'atlas-new-'));
  for (const dir of ['papers', 'commentary', 'taxonomies']) cpSync(path.join(REPO_ROOT, dir), path.join(root, dir), { recursive: true });
  for (const file of without) rmSync(path.join(root, file));
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Every file under the content folders, hidden ones included: "nothing written" means this is unchanged. */
export function listing(root: string): string[] {
  return ['papers', 'commentary', 'taxonomies'].flatMap((dir) => readdirSync(path.join(root, dir)).map((f) => `${dir}/${f}`)).sort();
}

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** `npm run <script> -- …args` in the repository, asynchronously, so the in-process server can answer. */
export function npmRun(script: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    // npm itself may warn about the machine's config; only the command's own lines matter.
    child.on('close', (status) => resolve({ status: status ?? 1, stdout, stderr: stderr.split('\n').filter((l) => !l.startsWith('npm warn')).join('\n') }));
  });
}
