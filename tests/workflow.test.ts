/**
 * The review bot's workflow and the GitHub templates, parsed as GitHub would read them: a typo
 * here would only show on GitHub, after a contributor had already opened a pull request.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { reportUrl } from '../src/site/config.ts';
import { REPO_ROOT } from './helpers/build-site.ts';

const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { 'runs-on': string; steps: Step[] }>;
}

const workflow = parse(read('.github/workflows/ci.yml'), { strict: true, uniqueKeys: true }) as Workflow;
const jobs = Object.values(workflow.jobs);
const steps = jobs[0].steps;
const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
const stepIndex = (pattern: RegExp) => {
  const i = steps.findIndex((s) => pattern.test(s.run ?? s.uses ?? ''));
  expect(i, String(pattern)).toBeGreaterThanOrEqual(0);
  return i;
};

describe('.github/workflows/ci.yml', () => {
  test('runs on every pull request and on pushes to main, with read-only access', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    expect(workflow.on.push).toEqual({ branches: ['main'] });
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(jobs).toHaveLength(1);
    expect(jobs[0]['runs-on']).toBe('ubuntu-latest');
  });

  test('checks out, installs with npm install, validates with GitHub annotations, then tests, then builds', () => {
    const order = [
      stepIndex(/^actions\/checkout@v\d+$/),
      stepIndex(/^actions\/setup-node@v\d+$/),
      stepIndex(/^npm install --no-audit\b/),
      stepIndex(/^npm run validate -- --format github$/),
      stepIndex(/^npm test$/),
      stepIndex(/^npm run build$/),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  test('uses the README\'s Node approach: any Node ≥ 20 with npm 11 starts npm, the pinned node devDependency runs everything', () => {
    const setup = steps[stepIndex(/^actions\/setup-node@/)];
    expect(Number(setup.with?.['node-version'])).toBeGreaterThanOrEqual(20);
    expect(read('README.md')).toContain('Node.js 20 or newer and npm 11');
    expect(stepIndex(/^npm install -g npm@11\b/)).toBeLessThan(stepIndex(/^npm install --no-audit\b/));
    expect((JSON.parse(read('package.json')) as { devDependencies: Record<string, string> }).devDependencies.node).toMatch(/^\d+\.\d+\.\d+$/);
    // Every later command goes through an npm script, so it runs on the pinned Node.
    for (const step of steps.filter((s) => s.run && /\bnpm (run|test)\b/.test(s.run))) {
      const [, script] = /^npm (?:run ([\w-]+)|(test))/.exec(step.run!)!.filter(Boolean);
      expect(Object.keys(scripts)).toContain(script);
    }
    expect(steps.some((s) => /(^|\s)(node|npx) /.test(s.run ?? ''))).toBe(false);
  });

  test('installs the same TeX packages as .ci/run, so CI runs the LaTeX tests instead of failing them', () => {
    const packages = (text: string) => (/install -y[^\n]*\\\n([\s\S]*?)(?:>|\n\n|$)/.exec(text)?.[1] ?? '').split(/\s+/).filter((w) => /^[a-z][\w-]+$/.test(w)).sort();
    const fromWorkflow = packages(steps[stepIndex(/apt-get install/)].run!);
    expect(fromWorkflow).toContain('biber');
    expect(fromWorkflow).toEqual(packages(read('.ci/run')));
  });

  test('every step has a name or is a pinned action', () => {
    for (const step of steps) {
      expect(step.name ?? step.uses).toBeTruthy();
      if (step.uses) expect(step.uses).toMatch(/^[\w-]+\/[\w-]+@v\d+$/);
    }
  });
});

describe('issue and pull-request templates', () => {
  const templates = readdirSync(path.join(REPO_ROOT, '.github/ISSUE_TEMPLATE')).sort();
  const front = (file: string) => parse(read(`.github/ISSUE_TEMPLATE/${file}`).split('---\n')[1], { strict: true }) as { name: string; about: string; title: string; labels: string[] };

  test('there is one for a new paper, a correction and a new taxonomy term, each with the fields GitHub needs', () => {
    expect(templates).toEqual(['correction.md', 'new-paper.md', 'new-taxonomy-term.md']);
    expect(templates.map((t) => front(t).name)).toEqual(['Correction', 'New paper', 'New taxonomy term']);
    for (const t of templates) {
      const { about, title, labels } = front(t);
      expect(about.length).toBeGreaterThan(10);
      expect(title).toMatch(/: $/);
      expect(labels.length).toBeGreaterThan(0);
    }
  });

  test('the site\'s "Report a problem" link uses the correction template\'s label and title', () => {
    const url = new URL(reportUrl('A paper', 'papers/a.md'));
    expect(url.searchParams.get('labels')).toBe(front('correction.md').labels.join(','));
    expect(url.searchParams.get('title')).toBe(`${front('correction.md').title}A paper`);
  });

  test('the pull-request template asks for the checks CONTRIBUTING.md describes', () => {
    const template = read('.github/pull_request_template.md');
    expect(template).toContain('npm run validate -- --changed');
    expect(template).toContain('"Choosing deception types"');
    expect(read('CONTRIBUTING.md')).toContain('## Choosing deception types');
  });
});
