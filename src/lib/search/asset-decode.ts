/**
 * Reads the search index file the search page fetches (layout in asset-format.ts) back into plain
 * records. Browser side: it imports nothing the build alone needs.
 */
import { METHODS, ONLINE_MODES, TIERS } from '../catalogue/constants';
import { procedurePath } from '../navigation';
import {
  PAGE_KINDS,
  SEARCH_ASSET_VERSION,
  type EventRow,
  type PageRow,
  type ProcedureRow,
  type SearchAsset,
  type SearchData,
  type SearchRecord,
} from './asset-format';

function unmask<T>(bits: number, all: readonly T[]): T[] {
  return all.filter((_, index) => (bits & (1 << index)) !== 0);
}

function decodeProcedure(row: ProcedureRow, asset: SearchAsset): SearchRecord {
  const [code, name, field, group, tiers, methods, agencies, level, mode, documentPairs] = row;
  const record: SearchRecord = {
    kind: 'procedure',
    url: procedurePath(code),
    title: name,
    detail: asset.fields[field] ?? '',
    code,
    agencies: agencies.map((index) => asset.agencies[index] ?? '').filter(Boolean),
    tiers: unmask(tiers, TIERS),
    methods: unmask(methods, METHODS),
  };
  const groupId = asset.groups[group]?.[0];
  if (groupId) record.topicGroup = groupId;
  if (level === 2 || level === 3 || level === 4) record.level = level;
  const onlineMode = ONLINE_MODES[mode - 1];
  if (onlineMode) record.mode = onlineMode;
  if (documentPairs) record.documentPairs = documentPairs.split(',');
  return record;
}

function decodeEvent(
  [url, title, description, eventWords, codes, situation]: EventRow,
  procedures: SearchRecord[],
): SearchRecord {
  const byCode = new Map(procedures.map((record) => [record.code, record]));
  return {
    kind: 'event',
    url,
    title,
    detail: description,
    agencies: [],
    tiers: [],
    methods: [],
    eventWords,
    eventSituation: situation,
    eventProcedures: codes.flatMap((code) => {
      const record = byCode.get(code);
      return record ? [{ code, title: record.title, url: record.url }] : [];
    }),
  };
}

function decodePage([kind, url, title, description]: PageRow): SearchRecord {
  return {
    kind: PAGE_KINDS[kind] ?? 'guide',
    url,
    title,
    detail: description,
    agencies: [],
    tiers: [],
    methods: [],
  };
}

/** Reads the fetched JSON; throws when it is not an asset this code understands. */
export function decodeSearchAsset(json: unknown): SearchData {
  const asset = json as Partial<SearchAsset> | null;
  if (
    !asset ||
    asset.v !== SEARCH_ASSET_VERSION ||
    !Array.isArray(asset.procedures) ||
    !Array.isArray(asset.pages) ||
    !Array.isArray(asset.groups)
  ) {
    throw new Error(`Not a search index of version ${SEARCH_ASSET_VERSION}`);
  }
  const whole = asset as SearchAsset;
  const procedures = whole.procedures.map((row) => decodeProcedure(row, whole));
  return {
    records: [
      ...procedures,
      ...whole.pages.map(decodePage),
      ...(whole.events ?? []).map((row) => decodeEvent(row, procedures)),
    ],
    groups: whole.groups.map(([id, name]) => ({ id, name })),
    synonyms: { groups: whole.synonyms ?? [], optionalWords: whole.optionalWords ?? [] },
  };
}
