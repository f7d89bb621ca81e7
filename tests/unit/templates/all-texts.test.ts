/**
 * Every template in every language: valid against the catalog, renders completely with every
 * placeholder filled, and is snapshotted so wording changes show up in review
 * (update deliberately with `npx vitest run tests/unit/templates -u`).
 */
import { describe, expect, it } from 'vitest';
import { computeLegalClaim, defaultLegalSettings } from '@/utils/legal';
import {
  MESSAGE_LANGUAGES,
  PLACEHOLDERS,
  TEMPLATE_IDS,
  type Placeholder,
  type PlaceholderValues,
  type TemplateId,
} from '@/utils/templates/catalog';
import { listPlaceholders, renderTemplate, templateProblems } from '@/utils/templates/render';
import { TEXTS } from '@/utils/templates/texts';
import { buildPlaceholderValues } from '@/utils/templates/values';

const IDS = Object.keys(TEMPLATE_IDS) as TemplateId[];
const NAMES = Object.keys(PLACEHOLDERS) as Placeholder[];
const CASES = MESSAGE_LANGUAGES.flatMap((lang) => IDS.map((id) => [lang, id] as const));

/** Every placeholder set to a recognisable marker. */
const MARKED: PlaceholderValues = Object.fromEntries(NAMES.map((n) => [n, `‹${n}›`]));

describe('texts: completeness and validity', () => {
  it.each(MESSAGE_LANGUAGES)('%s has exactly the catalog templates', (lang) => {
    expect(Object.keys(TEXTS[lang]).sort()).toEqual([...IDS].sort());
  });

  it.each(CASES)('%s/%s uses only known placeholders and balanced sections', (lang, id) => {
    const tpl = TEXTS[lang][id];
    expect([...templateProblems(tpl.subject), ...templateProblems(tpl.body)]).toEqual([]);
    expect(tpl.body.trim().length).toBeGreaterThan(40);
  });

  it.each(CASES)('%s/%s renders fully when every placeholder is filled', (lang, id) => {
    const tpl = TEXTS[lang][id];
    const out = renderTemplate(tpl, MARKED, { strict: true });
    expect(out.subject + out.body).not.toMatch(/\{\{|\}\}/);
    // Everything the template mentions made it into the text.
    for (const name of [...listPlaceholders(tpl.subject), ...listPlaceholders(tpl.body)]) {
      const inSubject = listPlaceholders(tpl.subject).includes(name);
      expect(inSubject ? out.subject : out.body).toContain(`‹${name}›`);
    }
    if (id !== 'phone_script') expect(out.subject.length).toBeGreaterThan(5);
  });

  it('fails loudly on a template with an unknown placeholder', () => {
    const broken = {
      ...TEXTS.en.reminder_gentle,
      body: `${TEXTS.en.reminder_gentle.body} {{invoiceTotal}}`,
    };
    expect(templateProblems(broken.body)).toContain('unknown placeholder {{invoiceTotal}}');
    expect(() => renderTemplate(broken, MARKED, { strict: true })).toThrow(/invoiceTotal/);
  });
});

/** A realistic situation: a part-paid Polish invoice, several facts a template may use. */
function realisticValues(lang: (typeof MESSAGE_LANGUAGES)[number]): PlaceholderValues {
  const legal = computeLegalClaim(
    [
      {
        invoiceId: 'a',
        number: 'FV/2026/10/014',
        currency: 'PLN',
        invoiceAmountMinor: 615000,
        outstandingMinor: 415000,
        dueDate: '2026-10-15',
      },
    ],
    '2026-11-23',
    { ...defaultLegalSettings, presetId: 'pl' },
  );
  return buildPlaceholderValues(
    {
      clientName: 'Harbor & Finch Sp. z o.o.',
      contactName: 'Anna Kowalska',
      contact: {
        name: 'Anna Kowalska',
        givenName: 'Anna',
        familyName: 'Kowalska',
        patronymic: null,
        gender: 'female',
      },
      // Issue 16: a new pay-by date after the passed one, and the log's unanswered reminder.
      payBy: '2026-11-30',
      originalDueDatePassed: '2026-10-15',
      unansweredSince: '2026-11-12',
      senderName: 'Ola Nowak',
      businessName: 'Nowak Studio',
      signature: 'Ola Nowak\nNowak Studio\n+48 600 000 000',
      paymentDetails: 'IBAN PL61 1090 1014 0000 0712 1981 2874',
      invoices: [
        {
          number: 'FV/2026/10/014',
          due: { amountMinor: 415000, currency: 'PLN' },
          invoiced: { amountMinor: 615000, currency: 'PLN' },
          paid: { amountMinor: 200000, currency: 'PLN' },
          issueDate: '2026-10-01',
          dueDate: '2026-10-15',
        },
      ],
      daysOverdue: 39,
      promisedDate: '2026-11-27',
      instalments: [
        { dueDate: '2026-11-30', amount: { amountMinor: 138333, currency: 'PLN' } },
        { dueDate: '2026-12-30', amount: { amountMinor: 138333, currency: 'PLN' } },
        { dueDate: '2027-01-29', amount: { amountMinor: 138334, currency: 'PLN' } },
      ],
      discount: {
        percent: 3,
        amounts: [{ amountMinor: 402550, currency: 'PLN' }],
        deadline: '2026-11-30',
      },
      deadline: '2026-12-07',
      legal,
      correctedNote: 'NIP 5260001246',
    },
    lang,
  );
}

describe('texts: snapshots of a realistic render', () => {
  it.each(CASES)('%s/%s', (lang, id) => {
    const out = renderTemplate(TEXTS[lang][id], realisticValues(lang), { strict: true });
    expect(out.body).not.toMatch(/undefined|NaN|\{\{/);
    expect(`${out.subject}\n---\n${out.body}`).toMatchSnapshot();
  });
});
