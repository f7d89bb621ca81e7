/**
 * Parses capture fixtures (tests/fixtures/capture) and HTML snippets into happy-dom documents with
 * scripts off: JSON-LD blocks stay as text, nothing is fetched.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

const HERE = dirname(fileURLToPath(import.meta.url));
export const CAPTURE_FIXTURES = join(HERE, '../../fixtures/capture');
export const SITE_FIXTURES = join(HERE, '../../fixtures/sites');

const offline = new Window({
  url: 'https://fixtures.invalid/',
  settings: {
    disableJavaScriptEvaluation: true,
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
    disableIframePageLoading: true,
    disableComputedStyleRendering: true,
  },
});

export function parseHtml(html: string): Document {
  return new offline.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export function captureFixture(file: string): Document {
  return parseHtml(readFileSync(join(CAPTURE_FIXTURES, file), 'utf8'));
}

export function siteFixture(file: string): Document {
  return parseHtml(readFileSync(join(SITE_FIXTURES, file), 'utf8'));
}
