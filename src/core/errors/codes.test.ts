// Keeps the catalogue honest: every code is used somewhere in the code base, and every message
// is Chinese text a user can read.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from './codes.ts';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') && !p.endsWith('codes.ts') ? [p] : [];
  });
}

describe('error code catalogue', () => {
  const root = join(import.meta.dirname, '..', '..');
  const code = sources(root)
    .map((p) => readFileSync(p, 'utf8'))
    .join('\n');

  it.each(Object.keys(ERROR_CODES))('%s is raised somewhere', (c) => {
    expect(code).toMatch(new RegExp(`['"]${c}['"]`));
  });

  it('has a Chinese message for every code', () => {
    for (const [c, e] of Object.entries(ERROR_CODES)) expect(e.message, c).toMatch(/[\u4e00-\u9fa5]/);
  });
});
