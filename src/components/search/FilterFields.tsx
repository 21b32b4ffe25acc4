/**
 * The filters as plain <select>s inside the search form: each works with a keyboard and a screen
 * reader as any form field does, and without JavaScript they are simply sent with the form.
 * They fold behind one "Lọc kết quả" control (a <details>, which opens with or without script), so
 * on a phone the results come right after the query box; the control is open while a filter is
 * set, so what narrows the results stays in view.
 */
import { useState, type ChangeEvent } from 'react';
import { searchText } from '../../i18n/search';
import type { SearchFilters } from '../../lib/search/engine';
import { FILTER_METHODS, PARAMS, readSearchState, type FilterChoices } from '../../lib/search/url';

const t = searchText.searchPage;

interface Props {
  choices: FilterChoices;
  filters: SearchFilters;
  onChange: (filters: SearchFilters) => void;
}

interface Option {
  value: string;
  label: string;
}

function Select(props: {
  id: string;
  name: string;
  label: string;
  value: string | number | undefined;
  options: Option[];
  onChange: (event: ChangeEvent<HTMLSelectElement>) => void;
}) {
  return (
    <div className="search__filter">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} name={props.name} value={props.value ?? ''} onChange={props.onChange}>
        <option value="">{t.any}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The chosen filters in words, in the order of the fields: ["Cấp tỉnh", "Nộp trực tuyến"]. */
export function filterLabels(filters: SearchFilters, choices: FilterChoices): string[] {
  const group = choices.groups.find((candidate) => candidate.id === filters.group);
  return [
    group?.name,
    filters.tier && t.tiers[filters.tier],
    filters.method && t.methods[filters.method],
    filters.level && t.level(filters.level),
  ].filter((label): label is string => Boolean(label));
}

export function FilterFields({ choices, filters, onChange }: Props) {
  // Each change is read back through the same parser as the address, so only known values pass.
  const update = (name: string) => (event: ChangeEvent<HTMLSelectElement>) => {
    const params = new URLSearchParams();
    const current: Record<string, string | number | undefined> = {
      [PARAMS.group]: filters.group,
      [PARAMS.tier]: filters.tier,
      [PARAMS.method]: filters.method,
      [PARAMS.level]: filters.level,
      [name]: event.target.value,
    };
    for (const [key, value] of Object.entries(current)) if (value) params.set(key, String(value));
    onChange(
      readSearchState(
        params.toString(),
        choices.groups.map((group) => group.id),
      ).filters,
    );
  };
  const chosen = filterLabels(filters, choices).length;
  const hasFilter = chosen > 0;
  // Opened by the reader, it stays open when the filters are cleared; a filter set opens it.
  const [openedByReader, setOpenedByReader] = useState(false);

  return (
    <details
      className="search__filters"
      open={hasFilter || openedByReader}
      onToggle={(event) => setOpenedByReader(event.currentTarget.open)}
    >
      <summary className="search__filters-toggle">
        {t.filtersLegend}
        {hasFilter && <span className="search__filters-count"> ({t.filtersChosen(chosen)})</span>}
      </summary>
      <fieldset className="search__filters-fields">
        <legend className="visually-hidden">{t.filtersLegend}</legend>
        <div className="search__filter-row">
          <Select
            id="tra-cuu-nhom"
            name={PARAMS.group}
            label={t.groupLabel}
            value={filters.group}
            options={choices.groups.map((group) => ({ value: group.id, label: group.name }))}
            onChange={update(PARAMS.group)}
          />
          <Select
            id="tra-cuu-cap"
            name={PARAMS.tier}
            label={t.tierLabel}
            value={filters.tier}
            options={choices.tiers.map((tier) => ({ value: tier, label: t.tiers[tier] }))}
            onChange={update(PARAMS.tier)}
          />
          <Select
            id="tra-cuu-cach"
            name={PARAMS.method}
            label={t.methodLabel}
            value={filters.method}
            options={FILTER_METHODS.map((method) => ({ value: method, label: t.methods[method] }))}
            onChange={update(PARAMS.method)}
          />
          {choices.levels.length > 0 && (
            <Select
              id="tra-cuu-muc"
              name={PARAMS.level}
              label={t.levelLabel}
              value={filters.level}
              options={choices.levels.map((level) => ({ value: String(level), label: t.level(level) }))}
              onChange={update(PARAMS.level)}
            />
          )}
        </div>
        {hasFilter && (
          <button className="search__clear" type="button" onClick={() => onChange({})}>
            {t.clearFilters}
          </button>
        )}
      </fieldset>
    </details>
  );
}
