import { render } from 'preact';
import { readUiPrefs } from './prefs';
import { readFirstPageSnapshot } from './snapshot';
import { App, requestFirstPage } from './App';
import { PAGE_SIZE } from '@/components/popup/ListView';
import { localDate } from '@/utils/popup/format';
import './style.css';

// When the popup's own code starts, so the benchmark can tell it from the browser's page load.
performance.mark('firmly:popup-start');
// The list's first page is requested at once. Meanwhile the language and theme (so the first
// paint is already in the right language and direction) and the snapshot of the last first page
// are read from storage: when there is one, it is painted at once and the answer replaces it.
const fresh = requestFirstPage();
void Promise.all([readUiPrefs(), readFirstPageSnapshot(localDate(new Date()), PAGE_SIZE)]).then(
  ([settings, snapshot]) =>
    render(
      <App
        settings={settings}
        firstPage={snapshot ? Promise.resolve(snapshot) : fresh}
        freshPage={snapshot ? fresh : undefined}
      />,
      document.getElementById('app')!,
    ),
);
