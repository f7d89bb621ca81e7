/**
 * A deliberately tiny plain-text template language:
 *   {{name}}               the placeholder's value
 *   {{#name}}…{{/name}}    the inside only when `name` has a non-empty value
 * No HTML, no escaping, no logic: values are pre-formatted text (see values.ts). A line that held
 * only a section that rendered empty disappears, so optional sentences leave no blank lines.
 */
import {
  PLACEHOLDERS,
  type MessageTemplate,
  type Placeholder,
  type PlaceholderValues,
} from '@/utils/templates/catalog';

const TAG = /\{\{\s*([#/]?)\s*([A-Za-z_][\w]*)\s*\}\}/g;
const SECTION = /\{\{#\s*([A-Za-z_]\w*)\s*\}\}([\s\S]*?)\{\{\/\s*\1\s*\}\}/;
/** Marks where an empty section was, so its line can be dropped if nothing else is on it. */
const GONE = '\u0000';
/** Marks the end of a value that ends in a full stop. */
const DOT = '\u0001';

export interface RenderOptions {
  /** Throw on unknown placeholders and malformed sections (tests, the options-page editor). */
  strict?: boolean;
}

/** Every placeholder name a text references, in order of first use. */
export function listPlaceholders(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(TAG)) {
    const name = m[2];
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

function isPlaceholder(name: string): name is Placeholder {
  return Object.prototype.hasOwnProperty.call(PLACEHOLDERS, name);
}

/** Problems in a template text: unknown placeholders, unbalanced sections, markup. */
export function templateProblems(text: string): string[] {
  const problems: string[] = [];
  for (const name of listPlaceholders(text))
    if (!isPlaceholder(name)) problems.push(`unknown placeholder {{${name}}}`);
  const open: string[] = [];
  for (const m of text.matchAll(TAG)) {
    const [, kind, name = ''] = m;
    if (kind === '#') open.push(name);
    if (kind === '/' && open.pop() !== name) problems.push(`section {{/${name}}} closes nothing`);
  }
  for (const name of open) problems.push(`section {{#${name}}} is never closed`);
  if (/<\/?[a-z][^>]*>/i.test(text))
    problems.push('contains HTML markup; templates are plain text');
  return problems;
}

/** Throws with every problem of both subject and body. */
export function assertValidTemplate(tpl: MessageTemplate): void {
  const problems = [...templateProblems(tpl.subject), ...templateProblems(tpl.body)];
  if (problems.length) throw new Error(`Invalid template: ${problems.join('; ')}`);
}

function valueOf(values: PlaceholderValues, name: string): string {
  return isPlaceholder(name) ? (values[name] ?? '') : '';
}

/** Renders one text. */
export function renderText(
  text: string,
  values: PlaceholderValues,
  options: RenderOptions = {},
): string {
  if (options.strict) {
    const problems = templateProblems(text);
    if (problems.length) throw new Error(`Invalid template: ${problems.join('; ')}`);
  }
  // A section tag alone on its line takes its line break with it (as in Mustache).
  let out = text.replace(/^[ \t]*(\{\{[#/]\s*[A-Za-z_]\w*\s*\}\})[ \t]*\n/gm, '$1');
  for (let m = SECTION.exec(out); m; m = SECTION.exec(out)) {
    const [whole, name = '', inner = ''] = m;
    const keep = valueOf(values, name).trim() !== '';
    out = out.slice(0, m.index) + (keep ? inner : GONE) + out.slice(m.index + whole.length);
  }
  out = out.replace(TAG, (whole: string, kind: string, name: string) => {
    if (kind) return ''; // a stray section tag (non-strict mode)
    if (!isPlaceholder(name)) return whole;
    const value = valueOf(values, name);
    // A value ending in "." ("Harbor S.L.", "3 grudnia 2026 r.") is marked, so the sentence's own
    // full stop after it is dropped below, even across an empty section: never "S.L..".
    return value.endsWith('.') ? `${value}${DOT}` : value;
  });
  const lines = out
    .split('\n')
    .filter((line) => !(line.includes(GONE) && line.replaceAll(GONE, '').trim() === ''));
  return lines
    .join('\n')
    .replaceAll(GONE, '')
    .replaceAll(`${DOT}.`, '')
    .replaceAll(DOT, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Renders a template's subject (one line) and body (plain text). */
export function renderTemplate(
  tpl: MessageTemplate,
  values: PlaceholderValues,
  options: RenderOptions = {},
): { subject: string; body: string } {
  return {
    subject: renderText(tpl.subject, values, options).replace(/\s*\n\s*/g, ' '),
    body: renderText(tpl.body, values, options),
  };
}
