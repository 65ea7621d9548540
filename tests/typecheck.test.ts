/**
 * Node runs this project's TypeScript by stripping the types, never checking them, so a type
 * error would only surface as wrong behaviour. This checks every file of tsconfig.json with the
 * TypeScript compiler, as `tsc -p .` does, except Astro's generated .astro/ folder: the site
 * builds of the browser tests rewrite it while this runs, and nothing here depends on it.
 */
import path from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';
import { REPO_ROOT } from './helpers/build-site.ts';

test('the code, tests and bench type-check with tsconfig.json', () => {
  const configFile = path.join(REPO_ROOT, 'tsconfig.json');
  const { config, error } = ts.readConfigFile(configFile, ts.sys.readFile);
  expect(error).toBeUndefined();
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, REPO_ROOT, undefined, configFile);
  expect(parsed.errors).toEqual([]);
  const generated = path.join(REPO_ROOT, '.astro') + path.sep;
  const files = parsed.fileNames.filter((file) => !path.resolve(file).startsWith(generated));
  // Guards against a config that silently checks nothing.
  expect(files.some((file) => file.endsWith('src/lib/atlas.ts'))).toBe(true);
  const program = ts.createProgram(files, parsed.options);
  const problems = ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (!d.file || d.start === undefined) return message;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${path.relative(REPO_ROOT, d.file.fileName)}:${line + 1}:${character + 1} ${message}`;
  });
  expect(problems).toEqual([]);
}, 180_000);
