/**
 * `node src/cli/main.ts <command> …` — the edge of the program: the only place that prints,
 * reads the clock and sets the exit code.
 */
import { runValidate } from './validate.ts';

const commands: Record<string, (args: string[]) => Promise<number>> = {
  validate: runValidate,
  export: async (args) => (await import('./export.ts')).runExport(args),
  new: async (args) => (await import('./new.ts')).runNew(args),
  schemas: async (args) => (await import('./schemas.ts')).runSchemas(args),
  docs: async (args) => (await import('./docs.ts')).runDocs(args),
};

const [command, ...rest] = process.argv.slice(2);
const run = command ? commands[command] : undefined;
if (!run) {
  process.stderr.write(`usage: node src/cli/main.ts <${Object.keys(commands).join('|')}> [options]\n`);
  process.exit(2);
}
try {
  process.exitCode = await run(rest);
} catch (error) {
  // A thrown error is a bug in the atlas's code, not in an entry: say so plainly.
  process.stderr.write(`internal error (please report it): ${(error as Error).stack ?? error}\n`);
  process.exitCode = 3;
}
