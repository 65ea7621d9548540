// citation-js ships no type declarations; this names only the part the atlas uses.
declare module '@citation-js/core' {
  export const plugins: {
    input: {
      chain(data: unknown, options: { forceType?: string; generateGraph?: boolean; target?: string }): unknown;
    };
  };
}
declare module '@citation-js/plugin-bibtex';
