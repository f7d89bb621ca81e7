import { render } from 'preact';
import { readUiPrefs } from './prefs';
import { App, requestFirstPage } from './App';
import './style.css';

// When the popup's own code starts, so the benchmark can tell it from the browser's page load.
performance.mark('firmly:popup-start');
// Language and theme first (one storage read, a few ms) so the first paint is already in the
// right language and direction.
// The list's first page is requested at once, in parallel with reading the preferences.
const firstPage = requestFirstPage();
void readUiPrefs().then((settings) =>
  render(<App settings={settings} firstPage={firstPage} />, document.getElementById('app')!),
);
