// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppearanceSection } from '@/components/options/sections/AppearanceSection';
import { defaultUiSettings } from '@/utils/settings/schema';
import { byId, choose, mount, settle } from './dom';

afterEach(() => document.body.replaceChildren());

describe('AppearanceSection', () => {
  it('applies the UI language and theme as soon as they are picked', async () => {
    const onSave = vi.fn(async () => {});
    const root = mount(<AppearanceSection value={defaultUiSettings} onSave={onSave} />);
    choose(byId(root, 'ui-language'), 'he');
    await settle();
    expect(onSave).toHaveBeenLastCalledWith({ ...defaultUiSettings, uiLanguage: 'he' });
    choose(byId(root, 'theme'), 'dark');
    await settle();
    expect(onSave).toHaveBeenLastCalledWith({ ...defaultUiSettings, theme: 'dark' });
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Saved.');
  });

  it('lists each language under its own name', () => {
    const root = mount(
      <AppearanceSection value={defaultUiSettings} onSave={async () => {}} />,
      'ru',
    );
    const options = [...byId<HTMLSelectElement>(root, 'ui-language').options];
    expect(options.map((o) => o.textContent)).toEqual([
      'Автоматически (язык браузера)',
      'English',
      'Polski',
      'Русский',
      'עברית',
      'Deutsch',
      'Français',
      'Español',
      'Українська',
    ]);
    expect(options[4]?.getAttribute('lang')).toBe('he');
  });

  it('reports a failed save', async () => {
    const root = mount(
      <AppearanceSection
        value={defaultUiSettings}
        onSave={async () => Promise.reject(new Error('disk full'))}
      />,
    );
    choose(byId(root, 'theme'), 'light');
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Could not save: disk full');
  });
});
