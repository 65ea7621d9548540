/**
 * Probe: runs one static-site build (`astro` for this site, `hugo` for the Hugo peer, `bare` for
 * a bare Astro project) and prints its wall time, CPU time and peak memory. Peak memory is the
 * sum, over every process of the build's process tree, of that process's own high-water mark
 * (VmHWM in /proc, sampled every 20 ms, so a peak between samples is not missed); for a tree
 * this can only overstate the true peak. CPU time is user + system time of the whole tree (the
 * probe's reaped children, from /proc/self/stat): unlike wall time it does not count waiting for
 * a disk or a CPU shared with another machine, so it varies less from run to run.
 *
 * usage: site-build.ts astro <content> <out> <build-cache>
 *        site-build.ts hugo <content> <out> <peer run.sh>
 *        site-build.ts bare <project> <out>
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const [mode, content, out, extra] = process.argv.slice(2);
const REPO = path.resolve(import.meta.dirname, '../..');

function descendants(pid: number): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i++) {
    try {
      for (const task of readdirSync(`/proc/${all[i]}/task`)) {
        const children = readFileSync(`/proc/${all[i]}/task/${task}/children`, 'utf8').trim();
        if (children) all.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // The process ended between listing and reading.
    }
  }
  return all;
}

function highWaterKB(pid: number): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

// Node flags of `npm run build` (e.g. its heap cap), so the bench measures what that command does.
const buildScript = (JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.build ?? '';
const nodeFlags = /^node((?:\s+--\S+)*)\s/.exec(buildScript)?.[1].trim().split(/\s+/).filter(Boolean) ?? [];

const astro = path.join(REPO, 'node_modules/astro/bin/astro.mjs');
const command = mode === 'astro'
  ? [process.execPath, [...nodeFlags, astro, 'build', '--silent']] as const
  : mode === 'bare'
    ? [process.execPath, [astro, 'build', '--silent', '--outDir', path.resolve(out)]] as const
    : ['sh', [extra, content, out]] as const;
const env = mode === 'astro'
  ? { ...process.env, ATLAS_ROOT: path.resolve(content), ATLAS_OUT_DIR: path.resolve(out), ATLAS_CACHE_DIR: path.resolve(extra) }
  : process.env;

/** User + system CPU seconds of this process's reaped children (fields 16 and 17 of /proc/self/stat, in clock ticks). */
function childrenCpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
  // After "pid (comm) " the fields start at field 3, so cutime (16) and cstime (17) are at 13 and 14.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

const cpuBefore = childrenCpuSeconds();
const started = performance.now();
const child = spawn(command[0], [...command[1]], { cwd: mode === 'bare' ? content : REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
let output = '';
child.stdout.on('data', (d) => (output += d));
child.stderr.on('data', (d) => (output += d));
const peaks = new Map<number, number>();
const sample = () => {
  for (const pid of descendants(child.pid!)) {
    const kb = highWaterKB(pid);
    if (kb !== undefined) peaks.set(pid, Math.max(kb, peaks.get(pid) ?? 0));
  }
};
const timer = setInterval(sample, 20);
const status = await new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
const ms = performance.now() - started;
clearInterval(timer);
const cpuS = childrenCpuSeconds() - cpuBefore;
const peakMB = [...peaks.values()].reduce((a, b) => a + b, 0) / 1024;
console.log(JSON.stringify({ ms, cpuS, peakMB, status, output: status === 0 ? '' : output.slice(-4000) }));
