/** The options page's words (`locales/<lang>/options.json`). Placeholders in braces: {name}. */
import { catalogFrom } from './format';
import type en from './locales/en/options.json';

export type OptionsKey = keyof typeof en;

/** Every string of the options page, by UI language. */
export const OPTIONS_STRINGS = catalogFrom<OptionsKey>(
  import.meta.glob('./locales/*/options.json', { eager: true, import: 'default' }),
);
