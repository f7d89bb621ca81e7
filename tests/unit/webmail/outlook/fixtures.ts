/** Loads Outlook fixtures (tests/fixtures/outlook, constructed: see their headers) for DOM tests. */
import { readFileSync } from 'node:fs';
import { URL as NodeURL, fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new NodeURL('../../../fixtures/outlook/', import.meta.url));

export const EN = 'conversation_en_2026-12__constructed.html';
export const EN_REPLY = 'conversation_en-reply-open_2026-12__constructed.html';
export const DE = 'conversation_de_2026-12__constructed.html';
export const HE = 'conversation_he_2026-12__constructed.html';
export const SINGLE = 'single-message_en_2026-12__constructed.html';
export const DRIFTED = 'conversation_drifted_2026-12__constructed.html';
export const HOSTILE = 'conversation_hostile_2026-12__constructed.html';

/** A fixture page as an inert Document (DOMParser never runs its scripts). */
export function loadOutlook(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(DIR + name, 'utf8'), 'text/html');
}

/** Copies a fixture's body into the live test document (for focus, selection and events). */
export function mountOutlook(name: string): Document {
  const page = loadOutlook(name);
  document.documentElement.setAttribute('lang', page.documentElement.getAttribute('lang') ?? '');
  document.body.replaceChildren(
    ...Array.from(page.body.childNodes).map((node) => document.importNode(node, true)),
  );
  return document;
}
