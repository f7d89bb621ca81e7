import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { icuMessages, icuParserAlias } from './scripts/icu-messages-plugin.ts';
import { noEval } from './scripts/no-eval-plugin.ts';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports (STYLE.md §9): WXT APIs come from '#imports', ours from '@/utils/...'.
  imports: false,
  // UI messages are parsed at build time, so bundles carry intl-messageformat without its parser;
  // noEval cuts dependencies' eval / import(url) / innerHTML paths Firmly never takes.
  vite: () => ({
    plugins: [preact(), icuMessages(), noEval()],
    resolve: { alias: [icuParserAlias()] },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Minimal permissions: no tabs, no <all_urls>. activeTab + scripting power the user-initiated
    // "Capture invoice from this page"; contextMenus offers it on right click. Chrome only:
    // offscreen, because an MV3 service worker cannot start the Worker that reads PDFs (pdf.js
    // there would be parsed on every wake-up and could not be stopped on a hanging file); it
    // grants no access to any site or data. Firefox's background page starts the Worker itself.
    permissions: [
      'storage',
      'alarms',
      'notifications',
      'activeTab',
      'scripting',
      'contextMenus',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // Self-hosted Invoice Ninja portals are requested at runtime, origin by origin. Firefox's
    // MV2 manifest has no optional_host_permissions: origins go in optional_permissions there.
    optional_host_permissions: ['https://*/*'],
    ...(browser === 'firefox'
      ? {
          optional_permissions: ['https://*/*'],
          browser_specific_settings: {
            gecko: {
              id: 'firmly@firmly.app',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
