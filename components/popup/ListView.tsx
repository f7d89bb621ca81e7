/**
 * The popup's first screen: totals, search, and the client list a page at a time. The first
 * page comes from an index (see utils/ledger/client-page.ts); when it is on screen the view sets
 * the `firmly:list-painted` performance mark, which the scale benchmark reads. When the popup
 * painted a snapshot of the first page, the background's answer replaces it as it arrives
 * (`firmly:list-fresh`).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClientListItem } from '@/utils/ledger/queries';
import type { ClientPage } from '@/utils/ledger/client-page';
import { Button } from '@/components/ui';
import { ClientList } from './ClientList';
import { EmptyState } from './EmptyState';
import { TotalsBar } from './TotalsBar';
import { PendingSection } from './PendingSection';
import { errorText, usePopup } from './context';

export const PAGE_SIZE = 40;
const SEARCH_DELAY_MS = 150;
export const LIST_PAINTED_MARK = 'firmly:list-painted';
export const LIST_FRESH_MARK = 'firmly:list-fresh';

interface Props {
  onOpen: (clientId: string) => void;
  onAdd: () => void;
  /** Bumped when data changed elsewhere; the list reloads, keeping the search. */
  version: number;
  hidden: boolean;
  /** Client whose row gets focus when the list is shown again. */
  returnFocusTo: string | null;
  /** Called once, when the first page is on screen. */
  onPainted?: () => void;
  /** The first page, already requested before the app rendered (saves a round of rendering). */
  firstPage?: Promise<ClientPage>;
  /** The background's answer when `firstPage` is a snapshot of an earlier one. */
  freshPage?: Promise<ClientPage>;
}

export function ListView({
  onOpen,
  onAdd,
  version,
  hidden,
  returnFocusTo,
  onPainted,
  firstPage,
  freshPage,
}: Props) {
  const { send, t, today, platform } = usePopup();
  const [page, setPage] = useState<ClientPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<ClientListItem[] | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  const marked = useRef(false);
  const fresh = useRef<'waiting' | 'arrived' | 'marked'>('waiting');
  const searchRef = useRef<HTMLInputElement>(null);

  const load = (reuse = false) => {
    setError(null);
    const failed = (e: unknown) => setError(errorText(e));
    const freshAnswer = (next: ClientPage) => {
      if (fresh.current === 'waiting') fresh.current = 'arrived';
      setPage(next);
    };
    if (reuse && firstPage && freshPage) {
      firstPage.then(setPage, () => undefined);
      freshPage.then(freshAnswer, failed);
      return;
    }
    const request =
      reuse && firstPage
        ? firstPage
        : send('ui-bg:clientPage', { today, offset: 0, limit: PAGE_SIZE });
    request.then(freshAnswer, failed);
  };
  const firstLoad = useRef(true);
  useEffect(() => {
    load(firstLoad.current);
    firstLoad.current = false;
  }, [version]);

  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setResults(null);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      send('ui-bg:search', { query: q, today, limit: PAGE_SIZE }).then(
        (rows) => current && setResults(rows),
        (e) => current && setError(errorText(e)),
      );
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, version]);

  useEffect(() => {
    if (page && fresh.current === 'arrived') {
      fresh.current = 'marked';
      performance.mark(LIST_FRESH_MARK);
    }
    if (page && !marked.current) {
      marked.current = true;
      performance.mark(LIST_PAINTED_MARK);
      onPainted?.();
      // Typing right away searches, unless something else (a client screen) already has focus.
      if (!hidden && document.activeElement === document.body) searchRef.current?.focus();
    }
  }, [page]);

  useEffect(() => {
    if (hidden || !returnFocusTo) return;
    const rows = listRef.current?.querySelectorAll<HTMLButtonElement>('button.client-open') ?? [];
    [...rows].find((b) => b.dataset.clientId === returnFocusTo)?.focus();
  }, [hidden, returnFocusTo]);

  const more = () => {
    if (!page) return;
    setLoadingMore(true);
    send('ui-bg:clientPage', { today, offset: page.items.length, limit: PAGE_SIZE })
      .then(
        (next) => setPage({ ...next, items: [...page.items, ...next.items] }),
        (e) => setError(errorText(e)),
      )
      .finally(() => setLoadingMore(false));
  };

  const searching = query.trim() !== '';
  const shown = searching ? results : page?.items;
  const isEmpty = page !== null && page.items.length === 0 && !searching;

  return (
    <div class="view view-list" hidden={hidden}>
      <header class="bar">
        <h1 class="brand">{t('appName')}</h1>
        <div class="bar-actions">
          <Button variant="primary" small onClick={onAdd}>
            {t('list.add')}
          </Button>
          <Button
            variant="ghost"
            small
            onClick={() => void platform.openSettings()}
            aria-label={t('nav.settings')}
            title={t('nav.settings')}
          >
            <span aria-hidden="true">⚙</span>
          </Button>
        </div>
      </header>
      <PendingSection version={version} onRecorded={() => load()} />
      {error && (
        <p role="alert" class="error-line">
          {t('common.loadFailed', { error })}{' '}
          <Button small variant="ghost" onClick={() => load()}>
            {t('common.retry')}
          </Button>
        </p>
      )}
      {page === null && !error && (
        <p class="loading" aria-busy="true">
          {t('common.loading')}
        </p>
      )}
      {isEmpty && <EmptyState onAdd={onAdd} />}
      {page !== null && !isEmpty && (
        <>
          <TotalsBar totals={page.totals} />
          <div class="search" role="search">
            <label for="client-search" class="sr-only">
              {t('list.search')}
            </label>
            <input
              id="client-search"
              ref={searchRef}
              type="search"
              value={query}
              placeholder={t('list.searchPlaceholder')}
              autoComplete="off"
              onInput={(e) => setQuery(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape' && query) {
                  e.stopPropagation();
                  setQuery('');
                }
                if (e.key === 'ArrowDown') {
                  e.preventDefault();
                  listRef.current?.querySelector<HTMLButtonElement>('button.client-open')?.focus();
                }
                if (e.key === 'Enter' && shown?.length === 1 && shown[0])
                  onOpen(shown[0].client.id);
              }}
            />
          </div>
          {searching && results !== null && results.length === 0 && (
            <p class="no-match">{t('list.noMatch', { query: query.trim() })}</p>
          )}
          {shown && shown.length > 0 && (
            <ClientList
              clients={shown}
              onSelect={onOpen}
              label={searching ? t('list.results') : t('list.title')}
              listRef={listRef}
            />
          )}
          {!searching && page.hasMore && (
            <Button class="more" onClick={more} busy={loadingMore}>
              {t('list.more')}
            </Button>
          )}
        </>
      )}
    </div>
  );
}
