/** The parts of citation-js this project calls; the packages ship no type declarations. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: 'bibliography', options: { format: 'text' | 'html'; template: string; lang: string }): string;
  }
  export const plugins: {
    config: { get(name: '@csl'): { templates: { add(name: string, xml: string): void; get(name: string): string } } };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
