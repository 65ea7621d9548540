/** The recorded API answers in tests/fixtures/{arxiv,crossref}, and the verified facts they were written from. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '../helpers/build-site.ts';

export const recording = (name: string): string => readFileSync(path.join(REPO_ROOT, 'tests/fixtures', name), 'utf8');

export interface VerifiedPaper {
  id: string;
  title: string;
  authors: string[];
  year: number;
  arxiv?: string;
  doi?: string;
  date?: string;
  primary_class?: string;
}

export function verifiedPaper(id: string): VerifiedPaper {
  const all = parse(readFileSync(path.join(REPO_ROOT, 'verified-metadata/papers.yaml'), 'utf8'), { schema: 'core' }) as VerifiedPaper[];
  const found = all.find((p) => p.id === id);
  if (!found) throw new Error(`${id} is not in verified-metadata/papers.yaml`);
  return found;
}
