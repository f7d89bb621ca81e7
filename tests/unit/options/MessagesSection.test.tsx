// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MessagesSection } from '@/components/options/sections/MessagesSection';
import { defaultAdvisorSettings } from '@/utils/advisor';
import { byId, choose, click, errorOf, mount, submit, type } from './dom';

afterEach(() => document.body.replaceChildren());

function setup() {
  const onSave = vi.fn(async () => {});
  const root = mount(<MessagesSection value={defaultAdvisorSettings} onSave={onSave} />);
  return { root, onSave, form: root.querySelector('form')! };
}

describe('MessagesSection', () => {
  it('names message languages in the UI language', () => {
    const { root } = setup();
    const labels = [...byId<HTMLSelectElement>(root, 'default-language').options].map(
      (o) => o.textContent,
    );
    expect(labels).toContain('Polish');
    expect(labels).toContain('Hebrew');
    const pl = mount(
      <MessagesSection value={defaultAdvisorSettings} onSave={async () => {}} />,
      'pl',
    );
    expect(
      [...pl.querySelectorAll<HTMLOptionElement>('#default-language option')].map(
        (o) => o.textContent,
      ),
    ).toContain('hebrajski');
  });

  it('saves language, tone and numbers as numbers', async () => {
    const { root, onSave, form } = setup();
    choose(byId(root, 'default-language'), 'pl');
    click(byId(root, 'tone-formal'));
    type(byId(root, 'cadence-reminderIntervalDays'), '10');
    type(byId(root, 'cashFlow-instalmentCount'), '4');
    await submit(form);
    expect(onSave).toHaveBeenCalledWith({
      defaultLanguage: 'pl',
      tone: 'formal',
      cadence: { ...defaultAdvisorSettings.cadence, reminderIntervalDays: 10 },
      cashFlow: { ...defaultAdvisorSettings.cashFlow, instalmentCount: 4 },
    });
  });

  it('holds numbers to the advisor’s own limits, saying which', async () => {
    const { root, onSave, form } = setup();
    type(byId(root, 'cadence-reminderIntervalDays'), '0');
    type(byId(root, 'cashFlow-instalmentCount'), '20');
    type(byId(root, 'cadence-finalDemandDeadlineDays'), '7.5');
    await submit(form);
    expect(onSave).not.toHaveBeenCalled();
    expect(errorOf(root, byId(root, 'cadence-reminderIntervalDays'))).toBe('Must be at least 1.');
    expect(errorOf(root, byId(root, 'cashFlow-instalmentCount'))).toBe('Must be at most 12.');
    expect(errorOf(root, byId(root, 'cadence-finalDemandDeadlineDays'))).toBe(
      'Enter a whole number.',
    );
  });
});
