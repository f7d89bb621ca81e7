// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TemplatesSection } from '@/components/options/templates/TemplatesSection';
import type { PreviewProfile } from '@/components/options/templates/sample-facts';
import { defaultLegalSettings } from '@/utils/legal';
import { TEXTS, type TemplateOverrides } from '@/utils/templates';
import type { MessageLanguage } from '@/utils/templates/catalog';
import { button, byId, choose, click, errorOf, mount, submit, type } from './dom';

afterEach(() => document.body.replaceChildren());

const profile: PreviewProfile = {
  senderName: 'Ola Nowak',
  businessName: 'Nowak Design',
  signature: 'Ola Nowak\nNowak Design',
  paymentDetails: 'IBAN PL61 1090 1014 0000 0712 1981 2874',
  legal: defaultLegalSettings,
};
const NOW = new Date('2026-11-23T10:00:00Z');

function setup(overrides: TemplateOverrides = {}, lang: MessageLanguage = 'en') {
  const onSave = vi.fn(async (_: TemplateOverrides) => {});
  const root = mount(
    <TemplatesSection
      overrides={overrides}
      profile={profile}
      onSave={onSave}
      initialLanguage={lang}
      now={NOW}
    />,
  );
  const subject = byId<HTMLInputElement>(root, 'template-subject');
  const body = byId<HTMLTextAreaElement>(root, 'template-body');
  const preview = () => root.querySelector('[data-testid="template-preview"]')!;
  return { root, onSave, subject, body, preview, form: root.querySelector('form')! };
}

describe('TemplatesSection', () => {
  it('starts from the built-in text and previews it filled in, with the user’s signature', () => {
    const { subject, body, preview } = setup();
    expect(subject.value).toBe(TEXTS.en.reminder_gentle.subject);
    expect(body.value).toBe(TEXTS.en.reminder_gentle.body);
    expect(preview().textContent).not.toContain('{{');
    expect(preview().textContent).toContain('Ola Nowak');
    expect(preview().textContent).toContain('INV-2026-042');
  });

  it('updates the preview live as the user types', () => {
    const { body, preview } = setup();
    type(body, 'Hello {{clientName}}, {{amount}} is {{daysOverdue}} late.\n{{signature}}');
    const text = preview().querySelector('.preview-body')?.textContent ?? '';
    expect(text).toContain('Hello Northwind Studio Ltd, £1,600.00 is 21 days late.');
    expect(text).toContain('Nowak Design');
  });

  it('previews every language in its own script and direction', () => {
    const { root, preview } = setup();
    choose(byId(root, 'template-language'), 'he');
    expect(preview().getAttribute('dir')).toBe('rtl');
    expect(preview().getAttribute('lang')).toBe('he');
    expect(preview().textContent).toMatch(/[\u0590-\u05FF]/);
    choose(byId(root, 'template-language'), 'pl');
    expect(preview().getAttribute('dir')).toBe('ltr');
    expect(preview().textContent).toContain('FV/2026/11/042');
  });

  it('refuses an unknown placeholder next to the body and saves nothing', async () => {
    const { root, onSave, body, form } = setup();
    type(body, 'Please pay {{amout}}.');
    await submit(form);
    expect(onSave).not.toHaveBeenCalled();
    expect(errorOf(root, body)).toBe(
      '{{amout}} is not a placeholder Firmly knows. Pick one from the list below.',
    );
    expect(document.activeElement).toBe(body);
  });

  it('refuses an empty subject and HTML in the body', async () => {
    const { root, onSave, subject, body, form } = setup();
    type(subject, '  ');
    type(body, '<b>Pay now</b>');
    await submit(form);
    expect(onSave).not.toHaveBeenCalled();
    expect(errorOf(root, subject)).toBe('This field is required.');
    expect(errorOf(root, body)).toBe('Messages are plain text. Please remove the HTML tags.');
  });

  it('saves an override for the chosen language and template only', async () => {
    const { root, onSave, subject, form } = setup({
      pl: { due_today: { subject: 'x', body: 'y' } },
    });
    choose(byId(root, 'template-id'), 'reminder_firm');
    type(subject, 'Invoice {{invoiceNumber}}: payment date, please');
    await submit(form);
    expect(onSave).toHaveBeenCalledWith({
      pl: { due_today: { subject: 'x', body: 'y' } },
      en: {
        reminder_firm: {
          subject: 'Invoice {{invoiceNumber}}: payment date, please',
          body: TEXTS.en.reminder_firm.body,
        },
      },
    });
  });

  it('stores nothing when the text is back to the built-in one', async () => {
    const { onSave, subject, form } = setup();
    type(subject, 'changed');
    type(subject, TEXTS.en.reminder_gentle.subject);
    await submit(form);
    expect(onSave).toHaveBeenCalledWith({});
  });

  it('marks a customised template and resets it only on the second click', async () => {
    const overrides: TemplateOverrides = {
      en: { reminder_gentle: { subject: 'Mine', body: 'My body {{amount}}' } },
    };
    const { root, onSave, subject } = setup(overrides);
    expect(subject.value).toBe('Mine');
    expect(root.querySelector('.badge')?.textContent).toBe('Your text');
    expect(byId<HTMLSelectElement>(root, 'template-id').selectedOptions[0]?.textContent).toBe(
      'First reminder (customised)',
    );
    click(button(root, 'Reset to default'));
    expect(onSave).not.toHaveBeenCalled();
    click(button(root, 'Click again to restore the built-in text'));
    await Promise.resolve();
    expect(onSave).toHaveBeenCalledWith({});
  });

  it('keeps an unsaved edit when the user looks at another template and comes back', () => {
    const { root, body } = setup();
    type(body, 'My draft {{amount}}');
    choose(byId(root, 'template-id'), 'reminder_firm');
    expect(byId<HTMLTextAreaElement>(root, 'template-body').value).toBe(
      TEXTS.en.reminder_firm.body,
    );
    choose(byId(root, 'template-id'), 'reminder_gentle');
    expect(byId<HTMLTextAreaElement>(root, 'template-body').value).toBe('My draft {{amount}}');
    expect(root.querySelector('.save-status')?.textContent).toBe('Unsaved changes');
  });

  it('inserts a placeholder where the caret is', () => {
    const { root, body } = setup();
    type(body, 'Dear client, pay .');
    body.setSelectionRange(17, 17);
    body.dispatchEvent(new Event('select'));
    click(root.querySelector('button[aria-label="Insert placeholder amount"]'));
    expect(body.value).toBe('Dear client, pay {{amount}}.');
  });
});
