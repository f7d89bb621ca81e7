/**
 * Loads Gmail fixtures for DOM tests. Pages are parsed with DOMParser, which never runs their
 * scripts; `mount` copies a page's body into the live test document (for focus and events).
 */
import { readFileSync } from 'node:fs';
import { URL as NodeURL, fileURLToPath } from 'node:url';

// Node's URL: in happy-dom tests the global URL is the fake browser's.
const DIR = fileURLToPath(new NodeURL('../../../fixtures/gmail/', import.meta.url));

export const COMPOSE_FIXTURE = 'compose_window__js-min.html';
export const LIST_FIXTURE = 'thread_list_2014__inboxsdk_injected-thread-identifier.html';
export const INLINE_REPLY_FIXTURE = 'thread_inline-reply_2026-11__constructed.html';

/** A fixture page as an inert Document. */
export function loadFixture(name: string): Document {
  return parseHtml(readFileSync(DIR + name, 'utf8'));
}

/** An HTML string as an inert Document. */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Replaces the live document's body content with a fixture's body (no scripts in these). */
export function mount(name: string): Document {
  const page = loadFixture(name);
  document.documentElement.setAttribute('lang', page.documentElement.getAttribute('lang') ?? '');
  document.body.replaceChildren(
    ...Array.from(page.body.childNodes).map((node) => document.importNode(node, true)),
  );
  return document;
}
