/**
 * Questions pages ask about how procedures can be submitted. Pure functions over the catalogue's
 * procedures, so the postal pages, the level guides' checks and the tests count the same way.
 */
import { METHODS, type MethodKind, type Procedure } from './schema';

type WithMethods = Pick<Procedure, 'methods'>;

/** Whether a procedure lists the given way of submitting at least once (sub-cases repeat methods). */
export function acceptsMethod(procedure: WithMethods, kind: MethodKind): boolean {
  return procedure.methods.some((method) => method.kind === kind);
}

/** How many procedures accept the given way of submitting; each procedure counts once. */
export function countAccepting(procedures: readonly WithMethods[], kind: MethodKind): number {
  return procedures.filter((procedure) => acceptsMethod(procedure, kind)).length;
}

/**
 * The figure to show for "how many procedures accept post", or undefined when there is nothing
 * true to say: an empty catalogue means "not imported yet", not "no procedure accepts post".
 */
export function acceptingFigure(
  procedures: readonly WithMethods[],
  kind: MethodKind,
): { count: number; total: number } | undefined {
  if (procedures.length === 0) return undefined;
  return { count: countAccepting(procedures, kind), total: procedures.length };
}

/** Whether a way of submitting is the only one a procedure lists (e.g. online only: no office, no post). */
export function acceptsOnly(procedure: WithMethods, kind: MethodKind): boolean {
  return procedure.methods.length > 0 && procedure.methods.every((method) => method.kind === kind);
}

/**
 * The figure for "how many procedures accept only this way", computed from the catalogue so no
 * page ever types the number; undefined for an empty catalogue, as for acceptingFigure.
 */
export function onlyAcceptingFigure(
  procedures: readonly WithMethods[],
  kind: MethodKind,
): { count: number; total: number } | undefined {
  if (procedures.length === 0) return undefined;
  return {
    count: procedures.filter((procedure) => acceptsOnly(procedure, kind)).length,
    total: procedures.length,
  };
}

/** The methods a procedure offers, each once, in the fixed order online, post, in person. */
export function methodKinds(procedure: WithMethods): MethodKind[] {
  return METHODS.filter((kind) => acceptsMethod(procedure, kind));
}
