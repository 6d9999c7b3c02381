// A problem found in an imported file, located so a person can find it: the file (and sheet),
// the spreadsheet's own 1-based row number and the column header as written in the file.

export interface Problem {
  file: string;
  row?: number;
  column?: string;
  message: string;
  /** Set when the problem is a permission-scope one (a county importing another county's rows). */
  code?: 'FORBIDDEN_SCOPE';
}

/** Lists are capped so a file of 100,000 bad rows does not produce a 100,000-line answer. */
export const MAX_LISTED_PROBLEMS = 5000;

export class ProblemList {
  readonly items: Problem[] = [];
  count = 0;

  add(p: Problem): void {
    this.count++;
    if (this.items.length < MAX_LISTED_PROBLEMS) this.items.push(p);
  }

  /** The listed problems, with a closing note when some were left out. */
  list(file: string): Problem[] {
    if (this.count <= this.items.length) return this.items;
    return [...this.items, { file, message: `另有 ${this.count - this.items.length} 个问题未列出` }];
  }
}
