/**
 * The search engine the browser runs (and the tests run in Node): ranks papers over the
 * metadata index at once, and over body-text shards fetched on demand. File access is
 * injected, so the same code serves fetch() in a page and readFile() in a test.
 */
import type { DocRow, MetaBundle } from './bundle.ts';
import { identifierKey } from './identifiers.ts';
import { docNumber, docRef, unpackIndex, type FieldLengths, type PackedIndex, type SearchableIndex } from './packed-index.ts';
import { planQuery, rank, scoreIndex, scoreToken, type QueryPlan, type Ranked, type ScoreTable } from './query.ts';
import { shardsForToken } from './shards.ts';

export interface Hit {
  doc: number;
  row: DocRow;
  score: number;
  byId: boolean;
}

export interface SearchResult {
  plan: QueryPlan;
  hits: Hit[];
}

/** Reads one index file by the name the meta bundle gives; parsed JSON. */
export type LoadFile = (name: string) => Promise<unknown>;

export class SearchEngine {
  readonly meta: MetaBundle;
  private readonly metaIndex: SearchableIndex;
  private readonly load: LoadFile;
  private readonly files = new Map<string, Promise<unknown>>();

  constructor(meta: MetaBundle, load: LoadFile) {
    this.meta = meta;
    this.metaIndex = unpackIndex(meta.index, meta.lengths);
    this.load = load;
  }

  /** Each file is fetched once, however many queries want it; a failed fetch may be retried. */
  private file<T>(name: string): Promise<T> {
    let pending = this.files.get(name);
    if (!pending) {
      pending = this.load(name).catch((error) => {
        this.files.delete(name);
        throw error;
      });
      this.files.set(name, pending);
    }
    return pending as Promise<T>;
  }

  private idRefs(plan: QueryPlan): string[] {
    const refs = plan.ids.map((id) => this.meta.ids[identifierKey(id)]).filter((n) => n !== undefined);
    return [...new Set(refs)].map(docRef);
  }

  private hits(ranked: Ranked[], limit: number): Hit[] {
    return ranked.slice(0, limit).map((r) => {
      const doc = docNumber(r.ref);
      return { doc, row: this.meta.docs[doc], score: r.score, byId: r.byId };
    });
  }

  /** Metadata only, synchronous: what the header box shows while the reader types. */
  quick(query: string, options: { typing?: boolean; limit?: number } = {}): SearchResult {
    const plan = planQuery(query, { typing: options.typing });
    const table = scoreIndex(this.metaIndex, plan);
    return { plan, hits: this.hits(rank(table, plan, this.idRefs(plan)), options.limit ?? Infinity) };
  }

  /** Metadata and body text: fetches the shards the query's words fall in. */
  async full(query: string, options: { typing?: boolean; limit?: number } = {}): Promise<SearchResult> {
    const plan = planQuery(query, { typing: options.typing });
    const table: ScoreTable = scoreIndex(this.metaIndex, plan);
    const { shards } = this.meta.body;
    const wanted = plan.tokens.map((token) => shardsForToken(shards, token));
    const needed = [...new Set(wanted.flat())];
    if (needed.length) {
      const lengths = this.file<FieldLengths>(this.meta.body.lengths);
      await Promise.all(needed.map((k) => this.loadShard(shards[k][2], lengths)));
      for (let i = 0; i < plan.tokens.length; i++) {
        for (const k of wanted[i]) scoreToken(await this.loadShard(shards[k][2], lengths), plan, i, table);
      }
    }
    return { plan, hits: this.hits(rank(table, plan, this.idRefs(plan)), options.limit ?? Infinity) };
  }

  private loadShard(name: string, lengths: Promise<FieldLengths>): Promise<SearchableIndex> {
    const key = `index:${name}`;
    let pending = this.files.get(key) as Promise<SearchableIndex> | undefined;
    if (!pending) {
      pending = Promise.all([this.file<PackedIndex>(name), lengths]).then(([packed, l]) => unpackIndex(packed, l));
      pending.catch(() => this.files.delete(key));
      this.files.set(key, pending);
    }
    return pending;
  }

  /** Summaries of some documents (the results page shows them), fetched by file. */
  async summaries(docs: readonly number[]): Promise<Map<number, string>> {
    const { size, files } = this.meta.summaries;
    const chunks = [...new Set(docs.map((d) => Math.floor(d / size)))];
    const loaded = await Promise.all(chunks.map((c) => this.file<string[]>(files[c])));
    const out = new Map<number, string>();
    for (const d of docs) {
      const chunk = loaded[chunks.indexOf(Math.floor(d / size))];
      out.set(d, chunk?.[d % size] ?? '');
    }
    return out;
  }
}
