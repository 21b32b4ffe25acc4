/** HTML validity of built pages with html-validate: every message of severity "error" counts. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { htmlFileOf } from '../built-site';

export interface ValidityProblem {
  path: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

export async function validatePages(
  dist: string,
  paths: string[],
  presets: string[],
): Promise<ValidityProblem[]> {
  const validator = new HtmlValidate({ extends: presets });
  const problems: ValidityProblem[] = [];
  for (const path of paths) {
    const file = join(dist, htmlFileOf(path));
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    for (const result of report.results) {
      for (const message of result.messages) {
        // Severity 2 is an error; presets leave warnings (1) for style.
        if (message.severity !== 2) continue;
        problems.push({
          path,
          line: message.line,
          column: message.column,
          rule: message.ruleId,
          message: message.message,
        });
      }
    }
  }
  return problems;
}
