/**
 * One way to name an atlas paper from anywhere (cites:, about:, [@key]): by slug, citekey,
 * arXiv ID (any version, with or without "arXiv:" or an arxiv.org URL) or DOI (with or without
 * a doi.org URL).
 */
export interface RefTarget {
  slug: string;
  citekey: string;
  arxiv: string;
  doi: string;
}

export function normaliseArxiv(value: string): string {
  return value.trim().replace(/^https?:\/\/(?:www\.)?(?:export\.)?arxiv\.org\/(?:abs|pdf)\//i, '').replace(/^arxiv:\s*/i, '').replace(/\.pdf$/i, '').replace(/v\d+$/, '').toLowerCase();
}

export function normaliseDoi(value: string): string {
  return value.trim().replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, '').replace(/^doi:\s*/i, '').toLowerCase();
}

export class PaperRefIndex {
  private readonly byKey = new Map<string, string>();

  constructor(targets: Iterable<RefTarget>) {
    for (const t of targets) {
      this.byKey.set(`slug:${t.slug}`, t.slug);
      this.byKey.set(`key:${t.citekey.toLowerCase()}`, t.slug);
      if (t.arxiv) this.byKey.set(`arxiv:${normaliseArxiv(t.arxiv)}`, t.slug);
      if (t.doi) this.byKey.set(`doi:${normaliseDoi(t.doi)}`, t.slug);
    }
  }

  /** The slug a reference names, or undefined. */
  resolve(ref: string): string | undefined {
    const value = ref.trim();
    return (
      this.byKey.get(`slug:${value}`) ??
      this.byKey.get(`key:${value.toLowerCase()}`) ??
      this.byKey.get(`arxiv:${normaliseArxiv(value)}`) ??
      this.byKey.get(`doi:${normaliseDoi(value)}`)
    );
  }

  names(): string[] {
    return [...this.byKey.keys()].filter((k) => k.startsWith('slug:') || k.startsWith('key:')).map((k) => k.slice(k.indexOf(':') + 1));
  }
}
