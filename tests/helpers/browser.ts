/**
 * A real headless Chromium for browser tests, with no download at test time: CHROMIUM_PATH if
 * set, else Debian's /usr/bin/chromium if installed, else the binary shipped inside the
 * @sparticuz/chromium npm package.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

// Flags that keep Chromium off the network it cannot reach here and quiet in CI.
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-domain-reliability',
  '--no-pings',
];

export interface LaunchOptions {
  /**
   * Composite with the (software) GPU as a real browser does. By default the GPU is disabled and
   * every WebGL frame is read back for software compositing, which costs ~0.5 s a frame: fine for
   * pages, useless for measuring a WebGL view's frame times (/graph/).
   */
  gpuCompositing?: boolean;
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const quiet = options.gpuCompositing ? QUIET_FLAGS.filter((f) => f !== '--disable-gpu') : QUIET_FLAGS;
  if (process.env.CHROMIUM_PATH) return chromium.launch({ executablePath: process.env.CHROMIUM_PATH, args: quiet });
  if (existsSync('/usr/bin/chromium')) return chromium.launch({ executablePath: '/usr/bin/chromium', args: quiet });
  const sparticuz = (await import('@sparticuz/chromium')).default;
  // Keep its GL and process flags, drop the ones that weaken the same-origin policy.
  const args = sparticuz.args.filter((a) => !/disable-web-security|allow-running-insecure-content/.test(a));
  return chromium.launch({ executablePath: await sparticuz.executablePath(), args: [...args, ...quiet] });
}
