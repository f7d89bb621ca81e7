/**
 * Vite plugin: the UI's ICU message files (`utils/i18n/locales/<lang>/<area>.json`) are parsed at
 * build time, so bundles ship the parsed messages and `intl-messageformat` runs without its
 * parser (see `icuParserAlias`). A message that does not parse fails the build, naming the key.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';

const LOCALE_FILE = /[\\/]utils[\\/]i18n[\\/]locales[\\/][^\\/]+[\\/][^\\/]+\.json$/;

/** Parser options shared with the string checks: tags are plain text (messages are never HTML). */
export const ICU_PARSE_OPTIONS = { ignoreTag: true } as const;

export function icuMessages(): Plugin {
  return {
    name: 'firmly:icu-messages',
    enforce: 'pre',
    transform(code, id) {
      if (!LOCALE_FILE.test(id.split('?')[0] ?? '')) return null;
      const messages = JSON.parse(code) as Record<string, string>;
      const parsed = Object.fromEntries(
        Object.entries(messages).map(([key, message]) => {
          try {
            return [key, parse(message, ICU_PARSE_OPTIONS)];
          } catch (error) {
            throw new Error(`${id}: "${key}" is not valid ICU MessageFormat: ${String(error)}`, {
              cause: error,
            });
          }
        }),
      );
      // Still JSON, so Vite's JSON plugin turns it into a module as before.
      return { code: JSON.stringify(parsed), map: null };
    },
  };
}

/** Points `intl-messageformat` at the parser-free build of its parser package (−7 KB gzip). */
export function icuParserAlias() {
  return {
    find: /^@formatjs\/icu-messageformat-parser$/,
    replacement: createRequire(join(process.cwd(), 'package.json')).resolve(
      '@formatjs/icu-messageformat-parser/no-parser.js',
    ),
  };
}
