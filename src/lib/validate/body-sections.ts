/**
 * Checks a body's H2/H3 structure against a list of expected sections. Headings written
 * elsewhere in this format ("Abstract", "Questions") are reported, not rejected.
 */
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import { fold, nearest } from '../suggest.ts';
import type { Heading } from './scan-body.ts';

export interface SectionSpec {
  readonly heading: string;
  readonly required: boolean;
  readonly subsections: readonly string[];
}

export function checkSections(
  file: string,
  headings: readonly Heading[],
  specs: readonly SectionSpec[],
  options: { draft: boolean; bodyLine: number; allowOtherSections: boolean },
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const wanted = specs.map((s) => s.heading);
  const found = new Map<string, Heading>();
  let current: SectionSpec | null = null;
  const seenSub = new Map<string, Set<string>>();

  for (const h of headings) {
    if (h.depth === 1) {
      diagnostics.push(diagnostic(file, h, 'warning', 'heading-h1', '', `"# ${h.text}": the body should not have a level-1 heading`,
        'The title comes from the frontmatter; start sections with "## ".'));
      continue;
    }
    if (h.depth === 2) {
      const spec = specs.find((s) => fold(s.heading) === fold(h.text)) ?? null;
      current = spec;
      if (spec) {
        if (found.has(spec.heading)) {
          diagnostics.push(diagnostic(file, h, 'warning', 'section-duplicate', '', `section "## ${h.text}" appears twice`, 'Merge the two sections.'));
        } else {
          found.set(spec.heading, h);
          if (spec.heading !== h.text) {
            diagnostics.push(diagnostic(file, h, 'warning', 'section-spelling', '', `section "## ${h.text}" should be written "## ${spec.heading}"`, `Rename the heading to "## ${spec.heading}".`));
          }
        }
      } else if (!options.allowOtherSections) {
        const guess = nearest(h.text, wanted);
        diagnostics.push(diagnostic(file, h, 'warning', 'section-unknown', '',
          `section "## ${h.text}" is not part of the entry format${guess ? `; did you mean "## ${guess}"?` : ''}`,
          /abstract/i.test(h.text)
            ? 'Do not copy an abstract: fold what matters into "## Summary" in our own words.'
            : `Sections are: ${wanted.map((w) => `"## ${w}"`).join(', ')}. Move this text into one of them or make it a "### " subsection.`));
      }
      continue;
    }
    if (h.depth === 3 && current && current.subsections.length > 0) {
      const sub = current.subsections.find((s) => fold(s) === fold(h.text));
      if (sub) {
        const set = seenSub.get(current.heading) ?? new Set<string>();
        set.add(sub);
        seenSub.set(current.heading, set);
      }
    }
  }

  const at = { line: options.bodyLine, column: 1 };
  specs.forEach((spec, i) => {
    const heading = found.get(spec.heading);
    if (!heading) {
      if (spec.required) {
        const where = i === 0 ? 'at the start of the body' : `after "## ${specs[i - 1].heading}"`;
        diagnostics.push(diagnostic(file, at, options.draft ? 'warning' : 'error', 'section-missing', '',
          `required section "## ${spec.heading}" is missing`,
          options.draft
            ? `Add "## ${spec.heading}" (${where}) before setting draft: false.`
            : `Add a "## ${spec.heading}" section ${where}, or set draft: true while the entry is unfinished.`));
      }
      return;
    }
    const subs = seenSub.get(spec.heading) ?? new Set<string>();
    for (const sub of spec.subsections) {
      if (!subs.has(sub)) {
        diagnostics.push(diagnostic(file, heading, 'warning', 'subsection-missing', '',
          `recommended subsection "### ${sub}" is missing under "## ${spec.heading}"`,
          `Add "### ${sub}" under "## ${spec.heading}".`));
      }
    }
  });
  return diagnostics;
}
