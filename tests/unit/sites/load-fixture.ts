/**
 * Reads a site fixture into a happy-dom document with every loader off: no scripts run, and no
 * stylesheet, script or iframe page is fetched (fixtures reference the sites' real URLs).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Console } from 'node:console';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/sites');

/** happy-dom reports each refused load on its console; the refusals are the point, so hush them. */
const silent = new Console({
  stdout: new Writable({ write: (_chunk, _encoding, done) => done() }),
});

const offlineWindow = new Window({
  url: 'https://fixtures.invalid/',
  console: silent,
  settings: {
    disableJavaScriptEvaluation: true,
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
    disableIframePageLoading: true,
    disableComputedStyleRendering: true,
  },
});

/** The fixture's HTML text. */
export function fixtureHtml(file: string): string {
  return readFileSync(join(FIXTURES, file), 'utf8');
}

/** Parses HTML text offline (for fixtures and generated pages alike). */
export function parseHtml(html: string): Document {
  return new offlineWindow.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** The fixture parsed as a document. */
export function loadFixture(file: string): Document {
  return parseHtml(fixtureHtml(file));
}

/** An empty offline document to build pages into element by element. */
export function emptyDocument(): Document {
  return parseHtml('<!doctype html><html><head></head><body></body></html>');
}
