/**
 * A collection's form in the editors' web editor, read from its front-matter schema: each field's
 * name, whether it is required, and its kind (editor-kinds.ts marks), lists and groups of fields
 * included. The schemas are the one declaration; nothing about a field is written twice.
 */
import type { ZodTypeAny } from 'zod';
import { markOf, type EditorKind } from './editor-kinds';

export type LeafKind = Exclude<EditorKind, { kind: 'list' }>;

export type FieldShape =
  | LeafKind
  | { kind: 'list'; min?: number; max?: number; item: FieldShape }
  | { kind: 'object'; fields: EditorField[] };

export interface EditorField {
  name: string;
  required: boolean;
  shape: FieldShape;
}

/** A rule the editor cannot show: its place in the schema ("steps.procedures.note"). */
export class NoEditorField extends Error {
  constructor(readonly place: string) {
    super(`No editor field for the front-matter rule at ${place}: mark it with editorKind().`);
  }
}

interface ZodInternals {
  typeName?: string;
  innerType?: ZodTypeAny;
  schema?: ZodTypeAny;
  out?: ZodTypeAny;
  type?: ZodTypeAny;
  minLength?: { value: number } | null;
  maxLength?: { value: number } | null;
}

function internals(rule: ZodTypeAny): ZodInternals {
  return rule._def as ZodInternals;
}

/** The rule a wrapper (optional, default, transform, pipe) adds to. */
function inner(rule: ZodTypeAny): ZodTypeAny | undefined {
  const def = internals(rule);
  switch (def.typeName) {
    case 'ZodOptional':
    case 'ZodDefault':
      return def.innerType;
    case 'ZodEffects':
      return def.schema;
    case 'ZodPipeline':
      return def.out;
    default:
      return undefined;
  }
}

function isOptional(rule: ZodTypeAny): boolean {
  const name = internals(rule).typeName;
  return name === 'ZodOptional' || name === 'ZodDefault';
}

function objectShape(rule: ZodTypeAny): Record<string, ZodTypeAny> | undefined {
  return internals(rule).typeName === 'ZodObject' ? (rule as unknown as { shape: Record<string, ZodTypeAny> }).shape : undefined;
}

/** The list rule inside a marked list, with its item and its own bounds. */
function findArray(rule: ZodTypeAny): ZodTypeAny | undefined {
  for (let current: ZodTypeAny | undefined = rule; current; current = inner(current)) {
    if (internals(current).typeName === 'ZodArray') return current;
  }
  return undefined;
}

function shapeOf(rule: ZodTypeAny, place: string): FieldShape {
  const mark = markOf(rule);
  if (mark && mark.kind !== 'list') return mark;
  const array = mark ? findArray(rule) : internals(rule).typeName === 'ZodArray' ? rule : undefined;
  if (array) {
    const def = internals(array);
    const min = mark?.kind === 'list' ? mark.min : def.minLength?.value;
    const max = mark?.kind === 'list' ? mark.max : def.maxLength?.value;
    return {
      kind: 'list',
      ...(min === undefined ? {} : { min }),
      ...(max === undefined ? {} : { max }),
      item: shapeOf(def.type as ZodTypeAny, place),
    };
  }
  const shape = objectShape(rule);
  if (shape) return { kind: 'object', fields: fieldsOfShape(shape, place) };
  const wrapped = inner(rule);
  if (wrapped) return shapeOf(wrapped, place);
  throw new NoEditorField(place);
}

function fieldsOfShape(shape: Record<string, ZodTypeAny>, place: string): EditorField[] {
  return Object.entries(shape).map(([name, rule]) => ({
    name,
    required: !isOptional(rule),
    shape: shapeOf(rule, place ? `${place}.${name}` : name),
  }));
}

/** The fields of a collection's front matter, in the schema's order. */
export function editorFields(schema: ZodTypeAny): EditorField[] {
  const shape = shapeOf(schema, '');
  if (shape.kind !== 'object') throw new NoEditorField('(the front matter is not a set of fields)');
  return shape.fields;
}

/** Every field name in a form, nested ones as "steps.procedures.code". */
export function fieldPaths(fields: readonly EditorField[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    const nested = field.shape.kind === 'object' ? field.shape.fields : field.shape.kind === 'list' && field.shape.item.kind === 'object' ? field.shape.item.fields : [];
    return [path, ...fieldPaths(nested, path)];
  });
}
