/**
 * The day the site is built, in the province's calendar (YYYY-MM-DD). Pages judge dated facts
 * against it: a fee rate "đến hết ngày 31/12/2025" is shown as lapsed on a build after that day.
 * BUILD_DAY fixes it, so two builds compared on different days (or a test) see the same day.
 */
import { toIsoDate } from '../lib/format/date';

const fixed = process.env.BUILD_DAY;

export const buildDay: string = fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed) ? fixed : toIsoDate(new Date());
