// The rule sets shipped with the platform (assets/assessment): the 2023 county default and its
// departments variant. The office loads them with one click; they go through the same
// validation as any uploaded file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ASSESSMENT_ASSETS = join(import.meta.dirname, '..', '..', '..', 'assets', 'assessment');
export const DEFAULT_RULE_FILES = ['2023-default.json', '2023-departments.json'] as const;

export function readDefaultRuleFile(name: string): { fileName: string; content: string } {
  return { fileName: name, content: readFileSync(join(ASSESSMENT_ASSETS, name), 'utf8') };
}
