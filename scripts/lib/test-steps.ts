/** The time table `npm test` prints at the end (scripts/test-all.ts). */

export interface StepTime {
  step: string;
  seconds: number;
  passed: boolean;
}

export function formatSeconds(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds - minutes * 60);
  return minutes > 0 ? `${minutes} min ${rest} s` : `${seconds.toFixed(1)} s`;
}

export function stepTable(times: StepTime[]): string {
  const width = Math.max(4, ...times.map((time) => time.step.length));
  const lines = times.map(
    (time) =>
      `${time.step.padEnd(width)}  ${formatSeconds(time.seconds).padStart(10)}  ${time.passed ? 'passed' : 'FAILED'}`,
  );
  return [`${'step'.padEnd(width)}  ${'time'.padStart(10)}  result`, ...lines].join('\n');
}
