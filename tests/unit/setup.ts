// Dexie unit tests run on fake-indexeddb (the browser's own IndexedDB is used end to end).
import 'fake-indexeddb/auto';
