/**
 * The search island's state, as hooks: the index file (fetched at once, built when wanted), the
 * query and filters kept in the address bar, and the live region's delayed announcement.
 */
import { useEffect, useState, type RefObject } from 'react';
import type { SearchIndex } from '../../lib/search/engine';
import { readSearchState, writeSearchState, type SearchState } from '../../lib/search/url';

type Engine = typeof import('./engine-loader');

export type Loading =
  | { status: 'loading' }
  | { status: 'ready'; index: SearchIndex; search: Engine['search'] }
  | { status: 'failed' };

const EMPTY: SearchState = { query: '', filters: {} };

/** The address follows the typing once it pauses, so Back does not step through every letter. */
const ADDRESS_DELAY_MS = 400;

/**
 * Fetches the index file at once (the network is idle anyway), but loads the engine and builds
 * the search structures only when a search is wanted: a query or filter in the address, or the visitor reaching for the
 * form. Building takes tens of milliseconds on a laptop and several times that on a cheap phone;
 * done at load, it would block the page for someone who came only to follow a common task.
 */
export function useSearchIndex(url: string, wanted: boolean): Loading {
  const [asset, setAsset] = useState<unknown>(undefined);
  const [loading, setLoading] = useState<Loading>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<unknown>;
      })
      .then((json) => {
        if (!cancelled) setAsset(json);
      })
      .catch(() => {
        if (!cancelled) setLoading({ status: 'failed' });
      });
    return () => {
      cancelled = true;
    };
  }, [url]);
  const [engine, setEngine] = useState<Engine | undefined>(undefined);
  useEffect(() => {
    if (!wanted) return;
    let cancelled = false;
    import('./engine-loader')
      .then((module) => {
        if (!cancelled) setEngine(module);
      })
      .catch(() => {
        if (!cancelled) setLoading({ status: 'failed' });
      });
    return () => {
      cancelled = true;
    };
  }, [wanted]);
  useEffect(() => {
    if (engine === undefined || asset === undefined || loading.status !== 'loading') return;
    try {
      const index = engine.createSearchIndex(engine.decodeSearchAsset(asset));
      setLoading({ status: 'ready', index, search: engine.search });
    } catch {
      setLoading({ status: 'failed' });
    }
  }, [engine, asset, loading.status]);
  return loading;
}

/**
 * The query and filters, read from the address once hydrated (the server render has none; words
 * typed before that are kept) and again on Back and Forward. Typing replaces the current history
 * entry once it pauses; a filter or Enter (`pushState`) adds one. `limit` is how many results are
 * shown; a new search resets it.
 */
export function useAddressState(
  knownGroups: string[],
  pageSize: number,
  box: RefObject<HTMLInputElement | null>,
) {
  const [state, setState] = useState<SearchState>(EMPTY);
  const [limit, setLimit] = useState(pageSize);

  useEffect(() => {
    const fromAddress = (): void => {
      setState(readSearchState(window.location.search, knownGroups));
      setLimit(pageSize);
    };
    setState(keepEarlyTyping(readSearchState(window.location.search, knownGroups), box.current));
    window.addEventListener('popstate', fromAddress);
    return () => window.removeEventListener('popstate', fromAddress);
  }, [knownGroups, pageSize, box]);

  useEffect(() => {
    const timer = window.setTimeout(() => {
      const next = `${window.location.pathname}${writeSearchState(state)}`;
      if (next !== `${window.location.pathname}${window.location.search}`) {
        window.history.replaceState(null, '', next);
      }
    }, ADDRESS_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [state]);

  const type = (query: string): void => {
    setState({ ...state, query });
    setLimit(pageSize);
  };

  const pushState = (next: SearchState): void => {
    setState(next);
    setLimit(pageSize);
    const address = `${window.location.pathname}${writeSearchState(next)}`;
    if (address !== `${window.location.pathname}${window.location.search}`) {
      window.history.pushState(null, '', address);
    }
  };

  const showMore = (): void => setLimit(limit + pageSize);

  return { state, limit, type, pushState, showMore };
}

/**
 * On a slow phone a visitor may start typing before the script arrives. Hydration leaves those
 * words in the box, but the first render from the address would wipe them: they are the visitor's
 * latest intent, so they win over the address.
 */
function keepEarlyTyping(fromAddress: SearchState, box: HTMLInputElement | null): SearchState {
  const typed = box?.value ?? '';
  return typed.trim() !== '' && typed !== fromAddress.query ? { ...fromAddress, query: typed } : fromAddress;
}

/** What the live region says: `text`, once it has stopped changing for `delayMs`. */
export function useDelayedAnnouncement(text: string, delayMs: number): string {
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setAnnouncement(text), delayMs);
    return () => window.clearTimeout(timer);
  }, [text, delayMs]);
  return announcement;
}
