// Finds and parses the unit clauses that close a task: "(牵头单位:X;责任单位:Y、Z)",
// "(X牵头,Y配合)", "(X、Y按职责分工负责)" and their variants.
//
// Roles: 牵头/主办/主责 units are lead units; 责任/配合/协办/协助/参与/协同 units are
// responsible units. A clause that names units without any lead role ("X、Y按职责分工负责",
// "X负责") makes them lead units: they are the ones answerable for the task.
import { looksLikeUnit } from './unit-kind.ts';

export interface UnitClause {
  /** Offsets of the whole clause, brackets included. */
  start: number;
  end: number;
  lead: string[];
  responsible: string[];
}

export interface UnitRoles {
  lead: string[];
  responsible: string[];
}

const LEAD_LABELS = ['牵头单位', '牵头部门', '主办单位', '主办部门', '主责单位', '主责部门'];
const OTHER_LABELS = [
  '责任单位',
  '责任部门',
  '配合单位',
  '配合部门',
  '协办单位',
  '协办部门',
  '协助单位',
  '参与单位',
  '参与部门',
  '协同单位',
];
const LABEL_RE = new RegExp(`(${[...LEAD_LABELS, ...OTHER_LABELS].join('|')})\\s*:?`, 'g');
const ROLE_HINT_RE = /牵头|负责|配合|协办|主办|协助|参与|责任单位|责任部门/;
const TRAILING_VERB_RE =
  /(按照职责分工负责|按职责分工负责|按职能分工负责|按职责分工落实|按职责负责|分别负责|共同负责|负责落实|具体负责|负责|配合|参与|协同|协助|落实)$/;

const OPENERS = '(【〔[';
const CLOSERS = ')】〕]';

/** Splits a list of unit names at 、 , ; and at 和/及/与 when both sides are unit names. */
export function splitUnitNames(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let piece = '';
  for (const ch of list) {
    if (OPENERS.includes(ch)) depth++;
    else if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && /[、,;\s]/.test(ch)) {
      parts.push(piece);
      piece = '';
    } else piece += ch;
  }
  parts.push(piece);
  const names: string[] = [];
  for (const part of parts) {
    const name = part
      .replace(/^(由|请)/, '')
      .replace(/等$/, '')
      .trim();
    if (name) names.push(...splitConjunctions(name));
  }
  return names;
}

// "州住房和城乡建设局" must stay whole while "州发改委和州工信局" is two units: split only where
// both sides read as unit names.
function splitConjunctions(name: string): string[] {
  for (let i = 1; i < name.length - 1; i++) {
    if (!'和及与'.includes(name[i] ?? '')) continue;
    const left = name.slice(0, i);
    const right = name.slice(i + 1);
    if (looksLikeUnit(left)) {
      const rest = splitConjunctions(right);
      if (rest.every(looksLikeUnit)) return [left, ...rest];
    }
  }
  return [name];
}

function cleanList(segment: string): string[] {
  let s = segment.replace(/^[\s,;、:]+|[\s,;、:。]+$/g, '');
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s
      .replace(TRAILING_VERB_RE, '')
      .replace(/[\s,;、]+$/, '')
      .replace(/等$/, '');
  }
  return splitUnitNames(s);
}

// A unit marked as lead inside a list: "州市场监管局(牵头)、州工信局".
const LEAD_MARK_RE = /\((牵头|牵头单位|牵头部门|主办)\)$/;

/**
 * Reads one list of units. "X牵头,Y配合" inside it splits it into lead and responsible units;
 * a "(牵头)" mark makes that unit a lead unit; the others take the role `role`.
 */
function readSegment(segment: string, role: 'lead' | 'responsible'): UnitRoles {
  const lead: string[] = [];
  const responsible: string[] = [];
  const leadAt = segment.search(/牵头(?!单位|部门|\))/);
  const parts: Array<[string, 'lead' | 'responsible']> =
    leadAt >= 0
      ? [
          [segment.slice(0, leadAt), 'lead'],
          [segment.slice(leadAt + 2).replace(/^负责/, ''), 'responsible'],
        ]
      : [[segment, role]];
  for (const [part, partRole] of parts) {
    for (const name of cleanList(part)) {
      const marked = name.match(LEAD_MARK_RE);
      if (marked) lead.push(name.slice(0, -marked[0].length));
      else (partRole === 'lead' ? lead : responsible).push(name);
    }
  }
  return { lead, responsible };
}

/** Parses a clause's content (without brackets); null when it does not read as a unit clause. */
export function parseUnitClause(content: string): UnitRoles | null {
  if (!ROLE_HINT_RE.test(content)) return null;
  const lead: string[] = [];
  const responsible: string[] = [];
  const labels = [...content.matchAll(LABEL_RE)];
  if (labels.length > 0) {
    labels.forEach((m, i) => {
      const next = labels[i + 1];
      const segment = content.slice(m.index + m[0].length, next ? next.index : content.length);
      const roles = readSegment(segment, LEAD_LABELS.includes(m[1] ?? '') ? 'lead' : 'responsible');
      lead.push(...roles.lead);
      responsible.push(...roles.responsible);
    });
  } else {
    // Units named with no role at all are answerable for the task: lead units.
    const roles = readSegment(content, 'lead');
    lead.push(...roles.lead);
    responsible.push(...roles.responsible);
  }
  const all = [...lead, ...responsible];
  if (all.length === 0 || !all.every(looksLikeUnit)) return null;
  return { lead: dedupe(lead), responsible: dedupe(responsible) };
}

function dedupe(names: string[]): string[] {
  return [...new Set(names)];
}

/** For each opening bracket, the offset of its closing bracket; brackets never span a sentence end. */
function matchBrackets(text: string): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (OPENERS.includes(ch)) open.push(i);
    else if (CLOSERS.includes(ch)) {
      const from = open.pop();
      if (from !== undefined) pairs.set(from, i);
    } else if (ch === '\n' || ch === '。') open.length = 0;
  }
  return pairs;
}

// A clause written without brackets on its own line(s): "牵头单位:X\n责任单位:Y".
const BARE_LABEL = `(?:${[...LEAD_LABELS, ...OTHER_LABELS].join('|')})\\s*:`;
const BARE_CLAUSE_RE = new RegExp(`(?<=^|[\\n。;])${BARE_LABEL}[^\\n。]*(?:\\n${BARE_LABEL}[^\\n。]*)*`, 'g');

export function findUnitClauses(text: string): UnitClause[] {
  const clauses: UnitClause[] = [];
  const pairs = [...matchBrackets(text)].sort((a, b) => a[0] - b[0]);
  let after = 0;
  for (const [open, close] of pairs) {
    if (open < after || close - open > 600) continue;
    const roles = parseUnitClause(text.slice(open + 1, close));
    if (roles) {
      clauses.push({ start: open, end: close + 1, ...roles });
      after = close + 1;
    }
  }
  for (const m of text.matchAll(BARE_CLAUSE_RE)) {
    const start = m.index;
    if (clauses.some((c) => start >= c.start && start < c.end)) continue;
    const roles = parseUnitClause(m[0].replace(/\n/g, ';'));
    if (roles) clauses.push({ start, end: start + m[0].length, ...roles });
  }
  return clauses.sort((a, b) => a.start - b.start);
}
