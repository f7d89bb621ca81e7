import { describe, expect, it } from 'vitest';
import {
  PLACEHOLDERS,
  TEMPLATE_IDS,
  type Placeholder,
  type TemplateId,
  type TemplateSet,
} from '@/utils/templates/catalog';
import { pl } from '@/utils/templates/texts/pl';
import { ru } from '@/utils/templates/texts/ru';
import { uk } from '@/utils/templates/texts/uk';

const SETS: Record<'pl' | 'ru' | 'uk', TemplateSet> = { pl, ru, uk };
const IDS = Object.keys(TEMPLATE_IDS) as TemplateId[];
const KNOWN = new Set(Object.keys(PLACEHOLDERS));

/** Placeholders the catalog says may be empty: a text must only use them inside their own section. */
const OPTIONAL: readonly Placeholder[] = [
  'contactName',
  'invoiceList',
  'paidAmount',
  'issueDate',
  'daysOverdue',
  'daysUntilDue',
  'paymentDetails',
  'interestAmount',
  'interestRate',
  'compensationAmount',
  'legalBasis',
  'correctedNote',
];

/** What each template is for, in data it must carry whatever the language (from the catalog notes). */
const REQUIRED: Record<TemplateId, readonly Placeholder[]> = {
  courtesy_before_due: ['invoiceNumber', 'amount', 'dueDate'],
  due_today: ['invoiceNumber', 'amount'],
  reminder_gentle: ['invoiceNumber', 'amount', 'dueDate', 'daysOverdue'],
  reminder_firm: ['invoiceNumber', 'amount', 'dueDate'],
  forgot_friendly: ['invoiceNumber', 'amount', 'paymentDetails'],
  channel_switch: ['invoiceNumber', 'amount'],
  phone_script: ['invoiceNumber', 'amount', 'dueDate'],
  dispute_specifics: ['invoiceNumber', 'amount'],
  invoice_corrected: ['invoiceNumber', 'amount', 'dueDate', 'correctedNote'],
  invoice_resend: ['invoiceNumber', 'amount', 'dueDate', 'paymentDetails'],
  instalment_offer: ['invoiceNumber', 'amount', 'instalmentPlan'],
  early_payment_discount: ['discountPercent', 'discountedAmount', 'discountDeadline', 'amount'],
  value_explain: ['invoiceNumber', 'amount'],
  complaint_acknowledge: ['invoiceNumber', 'amount'],
  promise_confirm: ['invoiceNumber', 'amount', 'promisedDate'],
  promise_broken: ['invoiceNumber', 'amount', 'promisedDate'],
  paid_ask_reference: ['invoiceNumber', 'amount'],
  final_demand: [
    'invoiceNumber',
    'amount',
    'deadline',
    'totalClaim',
    'interestAmount',
    'compensationAmount',
    'legalBasis',
    'paymentDetails',
  ],
  handover_notice: ['invoiceNumber', 'totalClaim', 'deadline'],
};

const TOKEN = /\{\{([#/]?)([^{}]*)\}\}/g;

/**
 * Problems with a text's placeholders: unknown or malformed names, stray braces, unbalanced or
 * crossed sections, and optional values used outside their own section.
 */
function placeholderProblems(text: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const kind = match[1] ?? '';
    const name = match[2] ?? '';
    if (!/^[A-Za-z]+$/.test(name) || !KNOWN.has(name)) {
      problems.push(`unknown placeholder "${match[0]}"`);
      continue;
    }
    if (kind === '#') open.push(name);
    else if (kind === '/') {
      const top = open.pop();
      if (top !== name) problems.push(`section {{/${name}}} closes ${top ?? 'nothing'}`);
    } else if ((OPTIONAL as readonly string[]).includes(name) && !open.includes(name)) {
      problems.push(`optional {{${name}}} outside {{#${name}}}`);
    }
  }
  if (open.length > 0) problems.push(`unclosed sections: ${open.join(', ')}`);
  if (/[{}]/.test(text.replace(TOKEN, ''))) problems.push('stray brace');
  return problems;
}

/** Names used as values (not section tags) in a text. */
function valuesUsed(text: string): Set<string> {
  return new Set([...text.matchAll(TOKEN)].filter((m) => m[1] === '').map((m) => m[2] ?? ''));
}

/** Text with placeholders and section tags removed, for checks on the language itself. */
const prose = (text: string): string => text.replace(TOKEN, ' ');

/** Minimal section-then-value renderer, enough to see both shapes of every sentence. */
function renderForCheck(text: string, values: Partial<Record<string, string>>): string {
  let out = text;
  const section = /\{\{#(\w+)\}\}((?:(?!\{\{#)[\s\S])*?)\{\{\/\1\}\}/;
  for (let m = section.exec(out); m; m = section.exec(out)) {
    const keep = values[m[1] ?? ''] ? (m[2] ?? '') : '';
    out = out.slice(0, m.index) + keep + out.slice(m.index + m[0].length);
  }
  return out.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
}

/** Layout slips that show when an optional part is cut badly. */
function layoutProblems(rendered: string): string[] {
  const checks: [RegExp, string][] = [
    [/\{\{|\}\}/, 'leftover tag'],
    [/\n{3,}/, 'double blank line'],
    [/ [,.;:!?)]/, 'space before punctuation'],
    [/\( /, 'space after bracket'],
    [/\(\)/, 'empty brackets'],
    [/[ \t]\n|[ \t]$/, 'trailing space'],
    [/^\s|\s$/, 'leading or trailing whitespace'],
    [/ {2,}/, 'double space'],
    [/(?<!\.)\.\.(?!\.)|\.[ ]?\./, 'doubled period'],
  ];
  return checks.filter(([re]) => re.test(rendered)).map(([, label]) => label);
}

const LOCALE: Record<keyof typeof SETS, string> = { pl: 'pl-PL', ru: 'ru-RU', uk: 'uk-UA' };
const DATE_PLACEHOLDERS = ['issueDate', 'dueDate', 'promisedDate', 'deadline', 'discountDeadline'];

/**
 * Stand-in values; dates take the locale's real long form, because in Russian and Ukrainian it
 * ends in an abbreviation ("3 декабря 2026 г.") that must not be followed by another period.
 */
function sampleValues(lang: keyof typeof SETS, empty: readonly string[]): Record<string, string> {
  const date = new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2026, 11, 3, 12)),
  );
  return Object.fromEntries(
    Object.keys(PLACEHOLDERS).map((name) => [
      name,
      empty.includes(name) ? '' : DATE_PLACEHOLDERS.includes(name) ? date : `<${name}>`,
    ]),
  );
}

/** Word counts ignore placeholders; limits follow the brief (reminders short, demand fuller). */
const wordCount = (text: string): number => prose(text).split(/\s+/).filter(Boolean).length;
const SHORT: readonly TemplateId[] = [
  'courtesy_before_due',
  'due_today',
  'reminder_gentle',
  'reminder_firm',
  'forgot_friendly',
];

const ENGLISH =
  /(?<!\p{L})(invoice|payment|reminder|dear|overdue|amount|regards|please|sincerely|thanks?)(?!\p{L})/iu;

/** First-person forms that would guess the sender's gender, per language. */
const GENDERED_FIRST_PERSON: Record<keyof typeof SETS, RegExp> = {
  // "-łam" is also the present tense of "(prze)syłam", which is neutral.
  pl: /(?<!\p{L})(\p{L}+(łem|łbym|łabym)|(?!\p{L}*syłam)\p{L}+łam|wdzięczn[ya]|zmuszon[ya]|gotow[ya]|pewien|pewna)(?!\p{L})/iu,
  ru: /(?<!\p{L})(я\s+\p{L}+л[а]?|благодарн\p{L}*|признател\p{L}*|вынужден\p{L}*|готова?|рада?)(?!\p{L})/iu,
  uk: /(?<!\p{L})(я\s+\p{L}+(в|ла)|вдячн\p{L}*|змушен\p{L}*|готови?й|готова|радий|рада)(?!\p{L})/iu,
};

/** Placeholder names with the issue-16 stand-ins counted as what they replace. */
function withAliases(names: readonly string[]): string[] {
  const out = [...names];
  if (names.includes('invoiceDue')) out.push('amount');
  if (names.includes('payBy')) out.push('dueDate');
  return out;
}

describe('placeholder checks catch broken texts', () => {
  it.each([
    ['misspelled', 'Kwota: {{amout}}'],
    ['spaced', 'Kwota: {{ amount }}'],
    ['single brace', 'Kwota: {amount}'],
    ['unclosed section', '{{#paidAmount}}wpłata {{paidAmount}}'],
    ['crossed sections', '{{#paidAmount}}{{#issueDate}}{{/paidAmount}}{{/issueDate}}'],
    ['optional outside its section', 'Dane: {{paymentDetails}}'],
    ['optional inside another section', '{{#paidAmount}}{{issueDate}}{{/paidAmount}}'],
  ])('flags %s', (_, text) => {
    expect(placeholderProblems(text)).not.toEqual([]);
  });

  it('accepts a well-formed text', () => {
    expect(
      placeholderProblems('{{amount}}{{#paidAmount}} ({{paidAmount}}){{/paidAmount}}'),
    ).toEqual([]);
  });

  it('flags a cut that leaves a double blank line', () => {
    const text = 'A\n\n{{#paymentDetails}}{{paymentDetails}}{{/paymentDetails}}\n\nB';
    expect(layoutProblems(renderForCheck(text, {}))).toContain('double blank line');
  });
});

describe.each(Object.entries(SETS))('%s texts', (lang, set) => {
  const language = lang as keyof typeof SETS;

  it('has exactly the catalog templates', () => {
    expect(Object.keys(set).sort()).toEqual([...IDS].sort());
  });

  describe.each(IDS)('%s', (id) => {
    const template = set[id];

    it('has a one-line subject and a body', () => {
      expect(template.subject.trim()).not.toBe('');
      expect(template.subject).not.toMatch(/\n/);
      expect(template.body.trim()).not.toBe('');
    });

    it('uses only catalog placeholders, balanced sections, optional values inside sections', () => {
      expect(placeholderProblems(template.subject)).toEqual([]);
      expect(placeholderProblems(template.body)).toEqual([]);
    });

    it('never puts a section tag alone on a line (renderers differ on its line break)', () => {
      for (const line of template.body.split('\n')) {
        expect(line.trim()).not.toMatch(/^\{\{[#/]\w+\}\}$/);
      }
    });

    it('carries the data the template is for', () => {
      // Issue 16: one invoice's own amount ({{invoiceDue}}) and a date never in the past
      // ({{payBy}}) carry what {{amount}} and {{dueDate}} carried before.
      const used = withAliases([...valuesUsed(`${template.subject}\n${template.body}`)]);
      for (const name of REQUIRED[id]) expect(used, name).toContain(name);
    });

    it('mentions the invoice number in the subject', () => {
      expect(template.subject).toContain('{{invoiceNumber}}');
    });

    it('ends with the signature (except the call notes) and does not repeat the name', () => {
      const body = template.body;
      if (id === 'phone_script') expect(body).not.toContain('{{signature}}');
      else expect(body.endsWith('\n{{signature}}')).toBe(true);
      expect(body.split('{{signature}}').length).toBeLessThanOrEqual(2);
      expect(body).not.toMatch(/\{\{(senderName|businessName)\}\}/);
    });

    it('reads cleanly with every optional part present and with all of them absent', () => {
      for (const empty of [[], OPTIONAL]) {
        const values = sampleValues(language, empty);
        expect(layoutProblems(renderForCheck(template.subject, values))).toEqual([]);
        expect(layoutProblems(renderForCheck(template.body, values))).toEqual([]);
      }
    });

    it('keeps to the length of its stage', () => {
      const words = wordCount(template.body);
      const max = id === 'final_demand' ? 250 : SHORT.includes(id) ? 140 : 170;
      expect(words).toBeGreaterThanOrEqual(25);
      expect(words).toBeLessThanOrEqual(max);
    });

    it('is written in the language, not left in English', () => {
      const text = prose(`${template.subject}\n${template.body}`);
      expect(text).not.toMatch(ENGLISH);
      if (language === 'pl') expect(template.body).toMatch(/[ąćęłńóśźż]/i);
      else expect(text).not.toMatch(/[A-Za-z]/);
      if (language === 'ru') expect(text).not.toMatch(/[іїєґ]/i);
      if (language === 'uk') {
        expect(text).not.toMatch(/[ыэъё]/i);
        expect(text).toMatch(/[іїєґ]/i);
      }
    });

    it('never guesses the sender’s gender in the first person', () => {
      expect(prose(template.body)).not.toMatch(GENDERED_FIRST_PERSON[language]);
    });
  });
});
