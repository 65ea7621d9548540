/** `npm run schemas`: regenerates schemas/json/*.schema.json (and, with --check, fails when stale). */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderJsonSchemas } from '../lib/export/json-schemas.ts';

export async function runSchemas(argv: string[]): Promise<number> {
  const check = argv.includes('--check');
  const dir = path.resolve('schemas/json');
  await mkdir(dir, { recursive: true });
  let stale = 0;
  for (const [name, text] of Object.entries(renderJsonSchemas())) {
    const file = path.join(dir, name);
    const current = await readFile(file, 'utf8').catch(() => '');
    if (current === text) continue;
    if (check) {
      process.stderr.write(`schemas/json/${name} is stale: run npm run schemas\n`);
      stale++;
    } else {
      await writeFile(file, text);
      process.stdout.write(`wrote schemas/json/${name}\n`);
    }
  }
  return stale > 0 ? 1 : 0;
}
