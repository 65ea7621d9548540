export * from './common.ts';
export * from './author.ts';
export * from './paper.ts';
export * from './commentary.ts';
export * from './taxonomy.ts';
