import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests build the site once in globalSetup-free beforeAll hooks; give them room.
    testTimeout: 60_000,
    hookTimeout: 300_000,
    reporters: ['default'],
  },
});
