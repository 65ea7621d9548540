/** `npm run dev` for browser tests: Astro's dev server over a content folder, on 127.0.0.1 only. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { REPO_ROOT } from './build-site.ts';

export interface DevServer {
  url: string;
  /** Everything the server printed so far (its terminal). */
  output(): string;
  close(): Promise<void>;
}

/** A port the system says is free now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** The test runner's environment without its own markers: under VITEST or NODE_ENV=test, Vite runs as a test server, without the file watching and reloads under test. */
function devEnvironment(contentRoot: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST'));
  return { ...env, ATLAS_ROOT: contentRoot, NO_COLOR: '1' };
}

export async function startDevServer(contentRoot: string, timeoutMs = 120_000): Promise<DevServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(path.join(REPO_ROOT, 'node_modules/.bin/node'), [path.join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: REPO_ROOT,
    env: devEnvironment(contentRoot),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  // Ready once it answers a page; it prints its own address, but the first request is the proof.
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the dev server exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`${url}/`);
      if (response.status < 500) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error(`the dev server did not answer within ${timeoutMs / 1000} s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    output: () => output,
    close: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}
