/** The plain-text template language: placeholders, optional sections, strict checks. */
import { describe, expect, it } from 'vitest';
import {
  assertValidTemplate,
  listPlaceholders,
  renderTemplate,
  templateProblems,
} from '@/utils/templates/render';
import { getTemplate, renderMessage } from '@/utils/templates';

describe('renderTemplate', () => {
  it('replaces placeholders with their values verbatim (no HTML escaping, no markup)', () => {
    const out = renderTemplate(
      { subject: 'Invoice {{invoiceNumber}}', body: 'Dear {{clientName}}, {{amount}} is due.' },
      {
        invoiceNumber: 'FV/1',
        clientName: 'Harbor & Finch <Ltd>',
        amount: '€10.00',
      },
    );
    expect(out).toEqual({
      subject: 'Invoice FV/1',
      body: 'Dear Harbor & Finch <Ltd>, €10.00 is due.',
    });
  });

  it('renders a section only when its value is non-empty', () => {
    const tpl = { subject: 's', body: 'Hello{{#contactName}} {{contactName}}{{/contactName}},' };
    expect(renderTemplate(tpl, { contactName: 'Anna' }).body).toBe('Hello Anna,');
    expect(renderTemplate(tpl, { contactName: '' }).body).toBe('Hello,');
    expect(renderTemplate(tpl, { contactName: '   ' }).body).toBe('Hello,');
    expect(renderTemplate(tpl, {}).body).toBe('Hello,');
  });

  it('drops the whole line of an empty section and keeps no blank-line pile-ups', () => {
    const body = [
      'Line one.',
      '{{#paidAmount}}Paid: {{paidAmount}}.{{/paidAmount}}',
      '',
      'Line two.',
    ].join('\n');
    expect(renderTemplate({ subject: 's', body }, {}).body).toBe('Line one.\n\nLine two.');
    expect(renderTemplate({ subject: 's', body }, { paidAmount: '€5' }).body).toBe(
      'Line one.\nPaid: €5.\n\nLine two.',
    );
  });

  it('lets standalone section tags take their line break with them', () => {
    const body = [
      'A',
      '{{#invoiceList}}',
      'List:',
      '{{invoiceList}}',
      '{{/invoiceList}}',
      'B',
    ].join('\n');
    expect(renderTemplate({ subject: 's', body }, { invoiceList: '• 1\n• 2' }).body).toBe(
      'A\nList:\n• 1\n• 2\nB',
    );
    expect(renderTemplate({ subject: 's', body }, {}).body).toBe('A\nB');
  });

  it('nests sections of different names', () => {
    const body =
      '{{#legalBasis}}Under {{legalBasis}}{{#interestRate}} at {{interestRate}}{{/interestRate}}.{{/legalBasis}}';
    expect(
      renderTemplate({ subject: 's', body }, { legalBasis: 'the Act', interestRate: '8%' }).body,
    ).toBe('Under the Act at 8%.');
    expect(renderTemplate({ subject: 's', body }, { legalBasis: 'the Act' }).body).toBe(
      'Under the Act.',
    );
    expect(renderTemplate({ subject: 's', body }, { interestRate: '8%' }).body).toBe('');
  });

  it('keeps the subject on one line', () => {
    expect(
      renderTemplate({ subject: 'A {{invoiceList}} B', body: '' }, { invoiceList: 'x\ny' }).subject,
    ).toBe('A x y B');
  });

  it('throws on unknown placeholders in strict mode and shows them otherwise', () => {
    const tpl = { subject: 'Hi {{clientNmae}}', body: 'x' };
    expect(() => renderTemplate(tpl, {}, { strict: true })).toThrow(
      /unknown placeholder \{\{clientNmae\}\}/,
    );
    expect(renderTemplate(tpl, {}).subject).toBe('Hi {{clientNmae}}');
  });
});

describe('template checks', () => {
  it('lists placeholders in order of first use', () => {
    expect(listPlaceholders('{{a}} {{#b}}{{c}}{{/b}} {{a}}')).toEqual(['a', 'b', 'c']);
  });

  it('reports unknown names, unbalanced sections and markup', () => {
    expect(templateProblems('{{amount}} {{#dueDate}}x{{/dueDate}}')).toEqual([]);
    expect(templateProblems('{{nope}}')).toEqual(['unknown placeholder {{nope}}']);
    expect(templateProblems('{{#amount}}x')).toEqual(['section {{#amount}} is never closed']);
    expect(templateProblems('x{{/amount}}')).toEqual(['section {{/amount}} closes nothing']);
    expect(templateProblems('<b>{{amount}}</b>')).toEqual([
      'contains HTML markup; templates are plain text',
    ]);
    expect(() => assertValidTemplate({ subject: '{{x}}', body: '' })).toThrow();
  });
});

describe('getTemplate / renderMessage', () => {
  it('prefers the user override for that language and template only', () => {
    const overrides = {
      pl: { reminder_gentle: { subject: 'Mój temat {{invoiceNumber}}', body: 'Treść' } },
    };
    expect(getTemplate('pl', 'reminder_gentle', overrides).subject).toBe(
      'Mój temat {{invoiceNumber}}',
    );
    expect(getTemplate('pl', 'reminder_firm', overrides)).not.toEqual(overrides.pl.reminder_gentle);
    expect(getTemplate('en', 'reminder_gentle', overrides).subject).not.toBe(
      'Mój temat {{invoiceNumber}}',
    );
    expect(renderMessage('pl', 'reminder_gentle', { invoiceNumber: '7' }, overrides)).toEqual({
      subject: 'Mój temat 7',
      body: 'Treść',
    });
  });
});
