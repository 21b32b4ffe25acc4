/**
 * Two files that would be published at one address: the build keeps one and silently drops the
 * other ("Wi-Fi miễn phí ở Mỹ Tho.md" beside "wi-fi-mien-phi-o-my-tho.md" are both
 * /tin-tuc/wi-fi-mien-phi-o-my-tho/). Each later file is reported, naming the first.
 */
import { vi } from '../../../src/i18n/vi';
import type { ContentFile } from './content-files';
import type { Problem } from './problems';

export function duplicateAddressProblems(files: readonly ContentFile[]): Problem[] {
  const owner = new Map<string, string>();
  const problems: Problem[] = [];
  for (const content of files) {
    const first = owner.get(content.path);
    if (first === undefined) owner.set(content.path, content.file);
    else {
      problems.push({
        severity: 'error',
        file: content.file,
        line: 1,
        message: vi.contentCheck.duplicateAddress(content.path, first),
      });
    }
  }
  return problems;
}
