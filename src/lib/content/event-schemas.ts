/**
 * Front matter of a life event (content/su-kien/): a moment in life that needs several
 * procedures, told the way people think of it ("sinh con", "mua đất"). For editors:
 *
 *   words:      the everyday ways people say it; the search finds the event by these, so write
 *               what people type, with or without diacritics does not matter ("cưới vợ",
 *               "lấy chồng"). A word may belong to one event only.
 *   steps:      the procedures in the order a citizen meets them, grouped into steps where the
 *               order matters. Each procedure is its national code in quotes ("1.001193"; it
 *               must be in the catalogue) and, when it applies only sometimes, a note
 *               ("Nếu con dưới 6 tuổi").
 *   combined:   optional: a code among the steps that does several procedures at once (a
 *               "liên thông" procedure); the page says so first.
 *
 * `npm run check` and the build refuse an unknown code, an empty step, a word that another event
 * already uses, and two files with the same address.
 */
import { z } from 'zod';
import { fields, nonEmptyList, pageFields, procedureCode, requiredSources, reviewAfterUpdate, text } from './schemas';

/** One procedure of a step: its code, and when it applies only in some cases, a note. */
export const eventProcedureSchema = fields({
  /** National code of the procedure, e.g. "1.001193". */
  code: procedureCode,
  /** When it applies: "Nếu con dưới 6 tuổi", "Nếu nhà đã có sổ đỏ". At most 160 characters. */
  note: text('note', 160).optional(),
});

/** A step: what the citizen does at this point, and the procedures that do it. */
export const eventStepSchema = fields({
  /** The step in a few words: "Đăng ký khai sinh cho con". */
  title: text('title', 120),
  procedures: nonEmptyList(eventProcedureSchema, { kind: 'eventEmptyStep' }),
});

export const lifeEventSchema = fields({
  ...pageFields,
  sources: requiredSources,
  /** Everyday words for the event, as people type them: at least one, each at most 60 characters. */
  words: nonEmptyList(text('words', 60), { kind: 'eventNoWords' }),
  steps: nonEmptyList(eventStepSchema, { kind: 'eventNoSteps' }),
  /** A "liên thông" procedure among the steps that does several procedures at once. */
  combined: procedureCode.optional(),
}).superRefine((data, ctx) => {
  reviewAfterUpdate(data, ctx);
  const codes = data.steps.flatMap((step) => step.procedures.map((procedure) => procedure.code));
  if (data.combined !== undefined && !codes.includes(data.combined)) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['combined'],
      message: 'eventCombinedNotListed',
      params: { problem: { kind: 'eventCombinedNotListed' } },
    });
  }
});

export type LifeEvent = z.infer<typeof lifeEventSchema>;
