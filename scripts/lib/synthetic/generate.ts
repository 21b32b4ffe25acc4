import type { Catalogue, Method, MethodKind, Procedure, Tier } from '../../../src/lib/catalogue/schema';
import { ACTIONS, AGENCIES, APPLICANTS, FEE_TEXTS, FIELDS, OBJECTS, QUALIFIERS } from './vocabulary';
import { chance, pick, seededRandom, type Random } from './random';
import {
  syntheticDocuments,
  syntheticLegalBasis,
  syntheticRequirements,
  syntheticResult,
  syntheticSteps,
} from './sections';

/** Codes from 9.000000 up: a prefix no real national code uses, so synthetic records never pass for real. */
function syntheticCode(index: number): string {
  return `9.${String(index).padStart(6, '0')}`;
}

function syntheticName(random: Random): string {
  const qualifier = pick(random, QUALIFIERS);
  return [pick(random, ACTIONS), pick(random, OBJECTS), qualifier].filter(Boolean).join(' ');
}

function syntheticTiers(random: Random): Tier[] {
  const roll = random();
  if (roll < 0.5) return ['tinh'];
  if (roll < 0.8) return ['xa'];
  if (roll < 0.95) return ['tinh', 'xa'];
  return [];
}

function syntheticMethod(random: Random, kind: MethodKind): Method {
  const days = 1 + Math.floor(random() * 30);
  const [feeText, amountVnd] = pick(random, FEE_TEXTS);
  return {
    kind,
    time: { value: days, unit: 'ngay-lam-viec', text: `${days} Ngày làm việc` },
    fee: amountVnd === undefined ? { text: feeText } : { text: feeText, amountVnd },
  };
}

function syntheticMethods(random: Random): Method[] {
  const kinds: MethodKind[] = ['truc-tiep'];
  if (chance(random, 0.85)) kinds.push('truc-tuyen');
  if (chance(random, 0.8)) kinds.push('buu-chinh');
  return kinds.map((kind) => syntheticMethod(random, kind));
}

export function syntheticProcedure(random: Random, index: number): Procedure {
  const [field, topicGroup] = pick(random, FIELDS);
  const procedure: Procedure = {
    code: syntheticCode(index),
    name: syntheticName(random),
    field,
    topicGroup,
    tiers: syntheticTiers(random),
    agencies: [pick(random, AGENCIES)],
    applicants: [pick(random, APPLICANTS)],
    methods: syntheticMethods(random),
    decision: `${1000 + (index % 9000)}/QĐ-TEST`,
    procedureType: 'Thủ tục tổng hợp để thử tải',
  };
  if (chance(random, 0.3)) procedure.onlineLevel = pick(random, [2, 3, 4] as const);
  // The detail page's sections, in the catalogue's key order, shaped like the real ones.
  const requirements = syntheticRequirements(random);
  const documents = syntheticDocuments(random);
  const result = syntheticResult(random, index);
  const legalBasis = syntheticLegalBasis(random);
  return {
    ...procedure,
    ...(requirements ? { requirements } : {}),
    ...(documents ? { documents } : {}),
    steps: syntheticSteps(random),
    ...(result ? { result } : {}),
    ...(legalBasis ? { legalBasis } : {}),
  };
}

/** A complete catalogue of `count` synthetic procedures, the same for the same seed. */
export function syntheticCatalogue(count: number, seed = 20171818): Catalogue {
  const random = seededRandom(seed);
  return {
    attribution: 'Dữ liệu tổng hợp để thử tải, không phải thủ tục thật',
    asOf: '2026-01-01',
    sources: [],
    procedures: Array.from({ length: count }, (_, index) => syntheticProcedure(random, index + 1)),
  };
}
