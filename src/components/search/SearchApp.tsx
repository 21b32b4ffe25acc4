/**
 * The search island of /tra-cuu/: the only React (and the only JavaScript) on the portal.
 *
 * Rendered on the server, it is a plain GET form with the common tasks below it, so the page is
 * usable before and without JavaScript. Hydrated, it fetches the index file once, answers as the
 * visitor types, and keeps the query and filters in the address (shareable; Back restores them).
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { searchText } from '../../i18n/search';
import { SECTION_PATHS } from '../../lib/navigation';
import type { SearchFilters } from '../../lib/search/engine';
import type { FilterChoices } from '../../lib/search/url';
import { FilterFields, filterLabels } from './FilterFields';
import { ResultList } from './ResultList';
import { useAddressState, useDelayedAnnouncement, useSearchIndex } from './hooks';
import '../../styles/search-form.css';
import './search.css';

const t = searchText.searchPage;

/** Results shown at first and added by each "more" press: a phone screen's worth, twice. */
const PAGE_SIZE = 20;
/** The live region speaks once typing pauses, not at every keystroke. */
const ANNOUNCE_DELAY_MS = 700;

interface Props {
  /** URL of the hashed index file, e.g. /tra-cuu/chi-muc-3f9a1c2b7d.json. */
  indexUrl: string;
  topTasks: { label: string; href: string }[];
  choices: FilterChoices;
}

export default function SearchApp({ indexUrl, topTasks, choices }: Props) {
  // Once a search is wanted it stays wanted: the index is built once.
  const [reached, setReached] = useState(false);
  // False in the server render and until hydration: the page then says what works without script.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const knownGroups = useMemo(() => choices.groups.map((group) => group.id), [choices]);
  const box = useRef<HTMLInputElement>(null);
  const { state, limit, type, pushState, showMore } = useAddressState(knownGroups, PAGE_SIZE, box);
  const firstNewResult = useRef<number | null>(null);

  const wanted = reached || state.query !== '' || Object.keys(state.filters).length > 0;
  const loading = useSearchIndex(indexUrl, wanted);

  const response = useMemo(
    () =>
      loading.status === 'ready'
        ? loading.search(loading.index, state.query, state.filters, limit)
        : undefined,
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

  const announcement = useDelayedAnnouncement(summary, ANNOUNCE_DELAY_MS);

  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    pushState(state);
  };

  const onFilters = (filters: SearchFilters): void => pushState({ ...state, filters });

  const onMore = (): void => {
    firstNewResult.current = limit;
    showMore();
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
          {searchText.search.label}
        </label>
        <p className="search-form__hint" id="tra-cuu-goi-y">
          {searchText.search.hint}
        </p>
        <div className="search-form__row">
          <input
            className="search-form__input"
            ref={box}
            id="tra-cuu-q"
            name="q"
            type="search"
            autoComplete="off"
            spellCheck={false}
            aria-describedby="tra-cuu-goi-y"
            value={state.query}
            onChange={(event) => type(event.target.value)}
          />
          <button className="search-form__button" type="submit">
            {searchText.search.submit}
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
              <button className="search__more" type="button" onClick={onMore}>
                {t.more}
              </button>
            </>
          )}
        </section>
      )}
    </div>
  );
}
