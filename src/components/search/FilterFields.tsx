/**
 * The filters as plain <select>s inside the search form: each works with a keyboard and a screen
 * reader as any form field does, and without JavaScript they are simply sent with the form.
 */
import type { ChangeEvent } from 'react';
import { vi } from '../../i18n/vi';
import type { SearchFilters } from '../../lib/search/engine';
import { FILTER_METHODS, PARAMS, readSearchState, type FilterChoices } from '../../lib/search/url';

const t = vi.searchPage;

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
  const hasFilter = Boolean(filters.group || filters.tier || filters.method || filters.level);

  return (
    <fieldset className="search__filters">
      <legend>{t.filtersLegend}</legend>
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
  );
}
