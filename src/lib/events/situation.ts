/**
 * What a life event's page says beyond its title and everyday words, as plain text for the
 * search: its steps' titles and notes, and its own text with link targets and Markdown marks left
 * out. The search folds it into the words a situation typed as a sentence can meet.
 */
export interface EventForSituation {
  body: string;
  steps: readonly { title: string; procedures: readonly { note?: string | undefined }[] }[];
}

/** Link targets ("](/su-kien/…)"), Markdown's marks and HTML comments carry no situation. */
const NOT_TEXT = /\]\([^)]*\)|<!--[\s\S]*?-->|[#*_>`[\]|]/g;

export function eventSituationText(event: EventForSituation): string {
  const steps = event.steps.flatMap((step) => [
    step.title,
    ...step.procedures.flatMap((item) => (item.note ? [item.note] : [])),
  ]);
  return [...steps, event.body.replace(NOT_TEXT, ' ')].join('\n');
}
