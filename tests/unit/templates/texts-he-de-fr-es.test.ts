import { describe, expect, it } from 'vitest';
import {
  PLACEHOLDERS,
  TEMPLATE_IDS,
  type Placeholder,
  type PlaceholderValues,
  type TemplateId,
  type TemplateSet,
} from '@/utils/templates/catalog';
import { de } from '@/utils/templates/texts/de';
import { es } from '@/utils/templates/texts/es';
import { fr } from '@/utils/templates/texts/fr';
import { he } from '@/utils/templates/texts/he';

const SETS: ReadonlyArray<readonly [string, TemplateSet]> = [
  ['he', he],
  ['de', de],
  ['fr', fr],
  ['es', es],
];
const IDS = Object.keys(TEMPLATE_IDS) as TemplateId[];
const NAMES = Object.keys(PLACEHOLDERS) as Placeholder[];
/** Placeholders the catalog documents as possibly empty; a text must only use them inside a section. */
const OPTIONAL = NAMES.filter((name) => /\bempty\b/i.test(PLACEHOLDERS[name]));
/** Talking points for the user, not a letter: no greeting, no signature needed. */
const NOTES_ONLY: readonly TemplateId[] = ['phone_script'];
const FORMAL: readonly TemplateId[] = ['final_demand', 'handover_notice'];

/** What each template is for (see TEMPLATE_IDS) implies values it cannot do without. */
const REQUIRED: Partial<Record<TemplateId, readonly Placeholder[]>> = {
  courtesy_before_due: ['amount', 'dueDate'],
  due_today: ['amount', 'dueDate'],
  reminder_gentle: ['amount', 'dueDate', 'daysOverdue', 'paymentDetails'],
  reminder_firm: ['amount', 'dueDate', 'daysOverdue'],
  forgot_friendly: ['amount', 'paymentDetails'],
  channel_switch: ['clientName', 'amount'],
  phone_script: ['clientName', 'senderName', 'amount'],
  dispute_specifics: ['amount'],
  invoice_corrected: ['amount', 'dueDate', 'correctedNote'],
  invoice_resend: ['amount', 'dueDate', 'issueDate', 'paymentDetails'],
  instalment_offer: ['amount', 'instalmentPlan', 'instalmentCount'],
  early_payment_discount: ['amount', 'discountPercent', 'discountedAmount', 'discountDeadline'],
  promise_confirm: ['amount', 'promisedDate'],
  promise_broken: ['amount', 'promisedDate'],
  paid_ask_reference: ['amount'],
  final_demand: [
    'amount',
    'deadline',
    'totalClaim',
    'interestAmount',
    'interestRate',
    'compensationAmount',
    'legalBasis',
    'paymentDetails',
  ],
  handover_notice: ['deadline', 'totalClaim'],
};

/** English words whose presence in a de/fr/es/he text means a sentence was left untranslated. */
const ENGLISH = [
  'invoice',
  'payment',
  'reminder',
  'dear',
  'overdue',
  'please',
  'regards',
  'sincerely',
  'amount',
  'thanks',
];

interface Tag {
  kind: '' | '#' | '/';
  name: string;
}

const TAG = /\{\{([#/]?)([^{}]*)\}\}/g;

function tagsOf(text: string): Tag[] {
  return [...text.matchAll(TAG)].map((m) => ({
    kind: (m[1] ?? '') as Tag['kind'],
    name: m[2] ?? '',
  }));
}

/** Text with every well-formed tag removed: what the reader sees of the template itself. */
function withoutTags(text: string): string {
  return text.replace(TAG, ' ');
}

/** Problems with section structure: unclosed, unopened or crossed sections, optional values used unguarded. */
function structureProblems(text: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  for (const tag of tagsOf(text)) {
    if (tag.kind === '#') {
      if (open.includes(tag.name)) problems.push(`section ${tag.name} opened inside itself`);
      open.push(tag.name);
    } else if (tag.kind === '/') {
      const last = open.pop();
      if (last !== tag.name) problems.push(`{{/${tag.name}}} closes ${last ?? 'nothing'}`);
    } else if ((OPTIONAL as string[]).includes(tag.name) && !open.includes(tag.name)) {
      problems.push(`{{${tag.name}}} may be empty but is outside {{#${tag.name}}}`);
    }
  }
  for (const name of open) problems.push(`section ${name} is never closed`);
  // Mustache-style renderers swallow the line break after a tag standing alone on its line,
  // which would change the spacing; keeping tags beside text makes the layout renderer-proof.
  if (/^[ \t]*\{\{[#/]\w+\}\}[ \t]*$/m.test(text)) problems.push('section tag alone on a line');
  return problems;
}

/**
 * A deliberately small renderer with the catalog's semantics (a section shows when its value is
 * non-empty), so these tests don't depend on the real renderer being written in parallel.
 */
function render(text: string, values: PlaceholderValues): string {
  const valueOf = (name: string): string => values[name as Placeholder] ?? '';
  let out = text;
  // Innermost sections first, so nested sections (if any) resolve correctly.
  const innermost = /\{\{#(\w+)\}\}((?:(?!\{\{#)[\s\S])*?)\{\{\/\1\}\}/;
  for (let m = innermost.exec(out); m; m = innermost.exec(out)) {
    const name = m[1] ?? '';
    out = out.replace(m[0], valueOf(name) ? (m[2] ?? '') : '');
  }
  return out.replace(/\{\{(\w+)\}\}/g, (_, name: string) => valueOf(name));
}

const MULTILINE: readonly Placeholder[] = [
  'paymentDetails',
  'invoiceList',
  'instalmentPlan',
  'signature',
];
const FULL: PlaceholderValues = Object.fromEntries(
  NAMES.map((name) => [name, MULTILINE.includes(name) ? `${name}1\n${name}2` : `${name}X`]),
);
const MINIMAL: PlaceholderValues = Object.fromEntries(
  NAMES.map((name) => [name, OPTIONAL.includes(name) ? '' : (FULL[name] ?? '')]),
);

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Layout faults that show up only after rendering, e.g. an empty section leaving a gap. */
function layoutProblems(text: string, lang: string): string[] {
  const checks: Array<[RegExp, string]> = [
    [/\{\{|\}\}/, 'unrendered tag'],
    [/\n{3,}/, 'more than one blank line'],
    [/[ \t]+$/m, 'trailing space'],
    [/ {2,}/, 'double space'],
    [/^\s/, 'leading whitespace'],
    [/\s$/, 'trailing whitespace'],
    [/\(\s*\)|\( | \)/, 'empty or padded parentheses'],
    // French puts a space before ; : ! ? but never before , or .
    [lang === 'fr' ? / [,.]/ : / [,.;:!?]/, 'space before punctuation'],
    [/[,;:]\s*[,.;]/, 'doubled punctuation'],
  ];
  return checks.filter(([re]) => re.test(text)).map(([, what]) => what);
}

/** Placeholder names with the issue-16 stand-ins counted as what they replace. */
function withAliases(names: readonly string[]): string[] {
  const out = [...names];
  if (names.includes('invoiceDue')) out.push('amount');
  if (names.includes('payBy')) out.push('dueDate');
  return out;
}

describe.each(SETS)('message texts: %s', (lang, set) => {
  it('has exactly the catalog templates', () => {
    expect(Object.keys(set).sort()).toEqual([...IDS].sort());
  });

  describe.each(IDS)('%s', (id) => {
    const template = set[id];

    it('has a one-line subject and a body', () => {
      expect(template.subject.trim()).not.toBe('');
      expect(template.subject).not.toContain('\n');
      expect(template.body.trim()).not.toBe('');
    });

    it('uses only catalog placeholders, well-formed', () => {
      for (const text of [template.subject, template.body]) {
        for (const tag of tagsOf(text)) expect(NAMES).toContain(tag.name);
        // A stray brace means a malformed tag such as "{{amount}" or "{amount}}".
        expect(withoutTags(text)).not.toMatch(/[{}]/);
      }
    });

    it('has balanced sections, guards values that may be empty, no tag alone on a line', () => {
      expect(structureProblems(template.subject)).toEqual([]);
      expect(structureProblems(template.body)).toEqual([]);
    });

    it('uses the values its purpose needs', () => {
      // Issue 16: one invoice's own amount ({{invoiceDue}}) and a date never in the past
      // ({{payBy}}) carry what {{amount}} and {{dueDate}} carried before.
      const used = new Set(
        withAliases(tagsOf(template.subject + template.body).map((t) => t.name)),
      );
      const needed = [...(REQUIRED[id] ?? []), 'invoiceNumber'];
      for (const name of needed) expect(used, `{{${name}}}`).toContain(name);
    });

    it('ends with the signature, once, unless it is notes for a call', () => {
      const signatures = template.body.match(/\{\{signature\}\}/g) ?? [];
      if (NOTES_ONLY.includes(id)) {
        expect(signatures).toHaveLength(0);
      } else {
        expect(signatures).toHaveLength(1);
        expect(template.body.trimEnd().endsWith('{{signature}}')).toBe(true);
        // The signature already carries the name.
        expect(template.body).not.toContain('{{senderName}}');
      }
    });

    it('contains no leftover English', () => {
      const plain = withoutTags(`${template.subject}\n${template.body}`).toLowerCase();
      for (const word of ENGLISH) expect(plain, word).not.toMatch(new RegExp(`\\b${word}\\b`));
    });

    if (lang === 'he') {
      it('is Hebrew, with no Latin letters outside placeholders', () => {
        for (const text of [template.subject, template.body]) {
          expect(text).toMatch(/[\u05D0-\u05EA]/);
          expect(withoutTags(text)).not.toMatch(/[A-Za-z]/);
        }
      });
    }

    it.each([
      ['every optional value empty', MINIMAL],
      ['every value present', FULL],
    ])('reads cleanly with %s', (_, values) => {
      expect(layoutProblems(render(template.subject, values), lang)).toEqual([]);
      expect(layoutProblems(render(template.body, values), lang)).toEqual([]);
    });

    it('stays short enough to be read', () => {
      const words = wordCount(render(template.body, MINIMAL));
      const limit = FORMAL.includes(id) ? 260 : 170;
      expect(words).toBeLessThanOrEqual(limit);
      expect(words).toBeGreaterThanOrEqual(NOTES_ONLY.includes(id) ? 20 : 35);
    });
  });
});

describe('checks used above', () => {
  it('catch a misspelled placeholder, a crossed section and an unguarded optional value', () => {
    expect(withoutTags('Nr. {{invoiceNumber}]')).toMatch(/[{}]/);
    expect(tagsOf('{{amout}}').map((t) => t.name)).not.toContain('amount');
    expect(structureProblems('{{#a}}{{#b}}x{{/a}}{{/b}}')).not.toEqual([]);
    expect(structureProblems('{{#paidAmount}}x')).not.toEqual([]);
    expect(structureProblems('Hallo {{contactName}},')).not.toEqual([]);
    expect(structureProblems('{{#contactName}}Hallo {{contactName}}{{/contactName}}')).toEqual([]);
    expect(structureProblems('{{#paidAmount}}x {{paidAmount}}\n{{/paidAmount}}\ny')).not.toEqual(
      [],
    );
  });

  it('render shows a section only when its value is non-empty', () => {
    const text = 'A{{#paidAmount}} ({{paidAmount}}){{/paidAmount}}.';
    expect(render(text, { paidAmount: '5' })).toBe('A (5).');
    expect(render(text, {})).toBe('A.');
    expect(layoutProblems('A\n\n\nB', 'de')).toContain('more than one blank line');
  });
});
