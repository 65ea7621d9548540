/**
 * The first and the last integration of a build (astro.config.mjs lists them so): one opens
 * the build session (../build-session.ts), the other closes it. Opening validates the atlas,
 * so an invalid entry stops the build here, with the validator's diagnostics and nothing
 * bundled or written; the pages reuse this atlas. Closing saves the keyed stores the build
 * opened and lets go of the atlas.
 */
import type { AstroIntegration } from 'astro';
import { forgetLoadedAtlas, getAtlas } from '../atlas-data.ts';
import { saveKeyedStores } from '../build-cache.ts';
import { setIncrementalState, setStaticBuild } from '../incremental.ts';
import { forgetUsedRenderings } from '../markdown-cache.ts';

export function openBuildSession(): AstroIntegration {
  return {
    name: 'atlas:open-build-session',
    hooks: {
      'astro:build:start': async () => {
        await getAtlas();
        setStaticBuild(true);
        setIncrementalState(undefined);
        forgetUsedRenderings();
      },
    },
  };
}

export function closeBuildSession(): AstroIntegration {
  return {
    name: 'atlas:close-build-session',
    hooks: {
      'astro:build:done': () => {
        saveKeyedStores();
        setStaticBuild(false);
        setIncrementalState(undefined);
        forgetLoadedAtlas();
      },
    },
  };
}
