/**
 * The search island of /tra-cuu/: the only React (and the only JavaScript) on the portal.
 *
 * Rendered on the server, it is a plain GET form with the common tasks below it, so the page is
 * usable before and without JavaScript. Hydrated, it fetches the index file once, answers as the
 * visitor types, and keeps the query and filters in the address (shareable; Back restores them).
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { vi } from '../../i18n/vi';
import { SECTION_PATHS } from '../../lib/navigation';
import { decodeSearchAsset } from '../../lib/search/asset';
import { createSearchIndex, search, type SearchFilters, type SearchIndex } from '../../lib/search/engine';
import {
  readSearchState,
  writeSearchState,
  type FilterChoices,
  type SearchState,
} from '../../lib/search/url';
import { FilterFields, filterLabels } from './FilterFields';
import { ResultList } from './ResultList';
import '../../styles/search-form.css';
import './search.css';

const t = vi.searchPage;

/** Results shown at first and added by each "more" press: a phone screen's worth, twice. */
const PAGE_SIZE = 20;
/** The live region speaks once typing pauses, not at every keystroke. */
const ANNOUNCE_DELAY_MS = 700;
/** The address follows the typing once it pauses, so Back does not step through every letter. */
const ADDRESS_DELAY_MS = 400;

interface Props {
  /** URL of the hashed index file, e.g. /tra-cuu/chi-muc-3f9a1c2b7d.json. */
  indexUrl: string;
  topTasks: { label: string; href: string }[];
  choices: FilterChoices;
}

type Loading = { status: 'loading' } | { status: 'ready'; index: SearchIndex } | { status: 'failed' };

const EMPTY: SearchState = { query: '', filters: {} };

/**
 * Fetches the index file at once (the network is idle anyway), but builds the search structures
 * only when a search is wanted: a query or filter in the address, or the visitor reaching for the
 * form. Building takes tens of milliseconds on a laptop and several times that on a cheap phone;
 * done at load, it would block the page for someone who came only to follow a common task.
 */
function useSearchIndex(url: string, wanted: boolean): Loading {
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
  useEffect(() => {
    if (!wanted || asset === undefined || loading.status !== 'loading') return;
    try {
      setLoading({ status: 'ready', index: createSearchIndex(decodeSearchAsset(asset)) });
    } catch {
      setLoading({ status: 'failed' });
    }
  }, [wanted, asset, loading.status]);
  return loading;
}

export default function SearchApp({ indexUrl, topTasks, choices }: Props) {
  // Once a search is wanted it stays wanted: the index is built once.
  const [reached, setReached] = useState(false);
  // False in the server render and until hydration: the page then says what works without script.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const knownGroups = useMemo(() => choices.groups.map((group) => group.id), [choices]);
  // The server render has no address to read: start empty and read it once hydrated.
  const [state, setState] = useState<SearchState>(EMPTY);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [announcement, setAnnouncement] = useState('');
  const firstNewResult = useRef<number | null>(null);

  useEffect(() => {
    const fromAddress = (): void => {
      setState(readSearchState(window.location.search, knownGroups));
      setLimit(PAGE_SIZE);
    };
    fromAddress();
    window.addEventListener('popstate', fromAddress);
    return () => window.removeEventListener('popstate', fromAddress);
  }, [knownGroups]);

  const wanted = reached || state.query !== '' || Object.keys(state.filters).length > 0;
  const loading = useSearchIndex(indexUrl, wanted);

  const response = useMemo(
    () => (loading.status === 'ready' ? search(loading.index, state.query, state.filters, limit) : undefined),
    [loading, state, limit],
  );

  const summary = useMemo(() => {
    if (!response || response.mode === 'empty') return '';
    // The count says what narrowed it, so a filter set earlier (or by a shared link) is never a surprise.
    const labels = filterLabels(state.filters, choices);
    const filtered = labels.length > 0 ? ` ${t.filtersApplied(labels)}` : '';
    if (response.total === 0) {
      return response.mode === 'browse'
        ? t.noResultsFiltered
        : `${t.noResults(state.query.trim())}${filtered}`;
    }
    return `${t.found(response.total, response.mode === 'browse' ? '' : state.query.trim())}${filtered}`;
  }, [response, state.query, state.filters, choices]);

  useEffect(() => {
    const timer = window.setTimeout(() => setAnnouncement(summary), ANNOUNCE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [summary]);

  // Typing replaces the current history entry once it pauses; filters and Enter add one (see below).
  useEffect(() => {
    const timer = window.setTimeout(() => {
      const next = `${window.location.pathname}${writeSearchState(state)}`;
      if (next !== `${window.location.pathname}${window.location.search}`) {
        window.history.replaceState(null, '', next);
      }
    }, ADDRESS_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [state]);

  const pushState = (next: SearchState): void => {
    setState(next);
    setLimit(PAGE_SIZE);
    const address = `${window.location.pathname}${writeSearchState(next)}`;
    if (address !== `${window.location.pathname}${window.location.search}`) {
      window.history.pushState(null, '', address);
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    pushState(state);
  };

  const onFilters = (filters: SearchFilters): void => pushState({ ...state, filters });

  const showMore = (): void => {
    firstNewResult.current = limit;
    setLimit(limit + PAGE_SIZE);
  };

  const isEmpty = !response || response.mode === 'empty';

  return (
    <div className="search">
      {!hydrated && <p className="search__notice search__notice--before-script">{t.beforeScript}</p>}
      <form
        className="search-form"
        action={SECTION_PATHS.search}
        method="get"
        role="search"
        onSubmit={onSubmit}
        onFocus={() => setReached(true)}
        onPointerDown={() => setReached(true)}
      >
        <label className="search-form__label" htmlFor="tra-cuu-q">
          {vi.search.label}
        </label>
        <p className="search-form__hint" id="tra-cuu-goi-y">
          {vi.search.hint}
        </p>
        <div className="search-form__row">
          <input
            className="search-form__input"
            id="tra-cuu-q"
            name="q"
            type="search"
            autoComplete="off"
            spellCheck={false}
            aria-describedby="tra-cuu-goi-y"
            value={state.query}
            onChange={(event) => {
              setState({ ...state, query: event.target.value });
              setLimit(PAGE_SIZE);
            }}
          />
          <button className="search-form__button" type="submit">
            {vi.search.submit}
          </button>
        </div>
        <FilterFields choices={choices} filters={state.filters} onChange={onFilters} />
      </form>

      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>

      {loading.status === 'failed' && <p className="search__notice">{t.loadFailed}</p>}
      {loading.status === 'loading' && (state.query || Object.keys(state.filters).length > 0) && (
        <p className="search__notice">{t.loading}</p>
      )}

      {isEmpty ? (
        <section aria-labelledby="tra-cuu-thuong-can">
          <h2 id="tra-cuu-thuong-can">{t.topTasksHeading}</h2>
          <ul className="search__tasks">
            {topTasks.map((task) => (
              <li key={task.href}>
                <a href={task.href}>{task.label}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <section aria-labelledby="tra-cuu-ket-qua">
          <h2 id="tra-cuu-ket-qua">{t.resultsHeading}</h2>
          <p className="search__summary">{summary}</p>
          {response.partial && <p className="search__notice">{t.partial}</p>}
          {response.total === 0 ? (
            <div className="search__tips">
              <p>{t.tryHeading}</p>
              <ul>
                {t.tryTips.map((tip) => (
                  <li key={tip}>{tip}</li>
                ))}
              </ul>
            </div>
          ) : (
            <ResultList hits={response.hits} focusFrom={firstNewResult} />
          )}
          {response.hits.length < response.total && (
            <>
              <p className="search__count">{t.showing(response.hits.length, response.total)}</p>
              <button className="search__more" type="button" onClick={showMore}>
                {t.more}
              </button>
            </>
          )}
        </section>
      )}
    </div>
  );
}
