/**
 * Lesson outlines for schools: one class period, with the minutes of each activity written in
 * brackets, "(10 phút)", so the check can add them up.
 */

/** One class period in Vietnamese secondary schools. */
export const LESSON_MINUTES = 45;

/** Headings a lesson must have: the quiz and its answers. */
export const LESSON_QUIZ_HEADINGS = ['Câu hỏi kiểm tra', 'Đáp án'] as const;

/** Every "(N phút)" written in the lesson's activities, in order. */
export function activityMinutes(body: string): number[] {
  return [...body.matchAll(/\((\d{1,3}) phút\)/g)].map((match) => Number(match[1]));
}

/** Whether the body has a level-2 heading with each of the quiz headings. */
export function hasQuiz(body: string): boolean {
  const headings = new Set([...body.matchAll(/^##\s+(.+?)\s*$/gm)].map((match) => match[1]));
  return LESSON_QUIZ_HEADINGS.every((heading) => headings.has(heading));
}
