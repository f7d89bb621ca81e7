import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { icuMessages } from './scripts/icu-messages-plugin.ts';

// Unit and DOM tests. DOM tests opt in with `// @vitest-environment happy-dom`.
export default defineConfig({
  plugins: [WxtVitest(), icuMessages()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    environment: 'node',
    // Property tests over IndexedDB run dozens of cases; the default 5 s is too tight on 2 cores.
    testTimeout: 30_000,
  },
});
