// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LegalSection } from '@/components/options/legal/LegalSection';
import { defaultLegalSettings, type LegalSettings } from '@/utils/legal';
import { button, byId, click, errorOf, mount, submit, type } from './dom';

afterEach(() => document.body.replaceChildren());

const settings: LegalSettings = {
  presetId: 'pl',
  referenceRates: {
    eu: [{ from: '2025-07-01', referenceRateBp: 215 }],
    pl: [
      { from: '2025-01-01', referenceRateBp: 575 },
      { from: '2025-07-01', referenceRateBp: 525 },
    ],
    uk: [{ from: '2025-07-01', referenceRateBp: 425 }],
    de: [{ from: '2025-07-01', referenceRateBp: 127 }],
    ru: [{ from: '2025-12-22', referenceRateBp: 1600 }],
  },
  plnPerEur: '4.25',
};

function setup(value: LegalSettings = settings) {
  const onSave = vi.fn(async (_: LegalSettings) => {});
  const root = mount(<LegalSection value={value} onSave={onSave} />);
  return { root, onSave, form: root.querySelector('form')! };
}

describe('LegalSection', () => {
  it('shows the chosen preset’s periods with the statutory rate they give', () => {
    const { root } = setup();
    const rows = [...root.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(2);
    // NBP 5.25% + 10 points.
    expect(rows[1]?.querySelector('.numeric')?.textContent).toBe('15.25%');
    expect(byId<HTMLInputElement>(root, 'pln-per-eur').value).toBe('4.25');
  });

  it('recomputes the statutory rate as the reference rate is typed', () => {
    const { root } = setup();
    type(byId(root, 'rates-pl-1-percent'), '5,75');
    expect(root.querySelectorAll('tbody tr')[1]?.querySelector('.numeric')?.textContent).toBe(
      '15.75%',
    );
  });

  it('saves edited periods in date order, rates as basis points, with a decimal point', async () => {
    const { root, onSave, form } = setup();
    click(button(root, 'Add period'));
    const added = byId<HTMLInputElement>(root, 'rates-pl-2-from');
    expect(added.value).toBe('2026-01-01');
    type(byId(root, 'rates-pl-2-percent'), '4.0');
    type(byId(root, 'rates-pl-0-from'), '2026-07-01');
    type(byId(root, 'pln-per-eur'), '4,2512');
    await submit(form);
    expect(onSave).toHaveBeenCalledWith({
      ...settings,
      referenceRates: {
        ...settings.referenceRates,
        pl: [
          { from: '2025-07-01', referenceRateBp: 525 },
          { from: '2026-01-01', referenceRateBp: 400 },
          { from: '2026-07-01', referenceRateBp: 575 },
        ],
      },
      plnPerEur: '4.2512',
    });
  });

  it('refuses bad cells with a message beside each, saves nothing and focuses the first', async () => {
    const { root, onSave, form } = setup();
    const rate = byId<HTMLInputElement>(root, 'rates-pl-0-percent');
    type(rate, 'five');
    type(byId(root, 'rates-pl-1-from'), '2025-01-01');
    type(byId(root, 'pln-per-eur'), '-4');
    await submit(form);
    expect(onSave).not.toHaveBeenCalled();
    expect(errorOf(root, rate)).toBe('Enter a rate such as 5.75 (from −10 to 100).');
    expect(errorOf(root, byId(root, 'rates-pl-1-from'))).toBe(
      'Another period starts on the same day.',
    );
    expect(errorOf(root, byId(root, 'pln-per-eur'))).toBe('Enter a rate such as 4.25.');
    expect(document.activeElement).toBe(rate);
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/Nothing was saved/);
  });

  it('refuses an empty table', async () => {
    const { root, onSave, form } = setup();
    click(root.querySelector('button[aria-label="Remove row 1"]'));
    click(root.querySelector('button[aria-label="Remove row 1"]'));
    await submit(form);
    expect(onSave).not.toHaveBeenCalled();
    expect(root.querySelector('.rate-table .field-error')?.textContent).toBe(
      'Add at least one period.',
    );
  });

  it('switches preset; "none" hides the tables and is saved as such', async () => {
    const { root, onSave, form } = setup(defaultLegalSettings);
    expect(root.querySelector('table')).toBeNull();
    click(byId(root, 'legal-preset-uk'));
    expect(root.querySelector('caption')?.textContent).toBe('Reference rates: United Kingdom');
    expect(root.querySelector('#pln-per-eur')).toBeNull();
    click(byId(root, 'legal-preset-none'));
    click(byId(root, 'legal-preset-eu'));
    await submit(form);
    expect(onSave).toHaveBeenCalledWith({ ...defaultLegalSettings, presetId: 'eu' });
  });

  it('speaks Polish', () => {
    const root = mount(<LegalSection value={settings} onSave={async () => {}} />, 'pl');
    expect(root.querySelector('h2')?.textContent).toBe('Przepisy o zatorach płatniczych');
    expect(root.querySelector('tbody .numeric')?.textContent).toMatch(/15,75\s?%/);
  });
});
