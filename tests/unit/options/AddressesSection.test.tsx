// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AddressesSection } from '@/components/options/sections/AddressesSection';
import { defaultUiSettings, type UiSettings } from '@/utils/settings/schema';
import { button, byId, click, errorOf, mount, press, submit, type } from './dom';

afterEach(() => document.body.replaceChildren());

function setup(value: UiSettings = defaultUiSettings, onSave = vi.fn(async (_: UiSettings) => {})) {
  const root = mount(<AddressesSection value={value} onSave={onSave} />);
  return {
    root,
    onSave,
    own: byId<HTMLInputElement>(root, 'own-emails'),
    domains: byId<HTMLInputElement>(root, 'ignored-domains'),
  };
}

describe('AddressesSection', () => {
  it('adds an address pasted from a mail client, normalised, and saves it', async () => {
    const { root, onSave, own } = setup();
    type(own, 'Jan Kowalski <Jan@Studio.Example>');
    press(own, 'Enter');
    expect(root.querySelector('.chips')?.textContent).toContain('jan@studio.example');
    expect(own.value).toBe('');
    await submit(root.querySelector('form'));
    expect(onSave).toHaveBeenCalledWith({
      ...defaultUiSettings,
      ownEmails: ['jan@studio.example'],
    });
    expect(root.textContent).toContain('Saved.');
  });

  it('refuses a bad address next to the field and keeps what was typed', () => {
    const { root, own } = setup();
    type(own, 'jan@');
    click(button(root.querySelector('.list-editor')!, 'Add'));
    expect(own.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(root, own)).toBe('This is not a valid e-mail address.');
    expect(own.value).toBe('jan@');
    expect(root.querySelector('.chips')).toBeNull();
  });

  it('refuses a duplicate', () => {
    const { root, own } = setup({ ...defaultUiSettings, ownEmails: ['me@x.example'] });
    type(own, 'ME@x.example');
    press(own, 'Enter');
    expect(errorOf(root, own)).toBe('This is already on the list.');
    expect(root.querySelectorAll('.chip')).toHaveLength(1);
  });

  it('turns a pasted URL or @domain into a bare domain and refuses nonsense', () => {
    const { root, domains } = setup();
    type(domains, 'https://www.News.Example.com/unsubscribe?x=1');
    press(domains, 'Enter');
    type(domains, '@bank.example');
    press(domains, 'Enter');
    type(domains, 'not a domain');
    press(domains, 'Enter');
    const list = root.querySelectorAll('.list-editor')[1]!;
    const chips = [...list.querySelectorAll('.chip span')].map((s) => s.textContent);
    expect(chips).toEqual(['news.example.com', 'bank.example']);
    expect(errorOf(root, domains)).toMatch(/not a valid domain/);
  });

  it('removes an entry with its own labelled button', async () => {
    const { root, onSave } = setup({
      ...defaultUiSettings,
      ownEmails: ['a@x.example', 'b@x.example'],
    });
    click(root.querySelector('button[aria-label="Remove a@x.example"]'));
    await submit(root.querySelector('form'));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ ownEmails: ['b@x.example'] }));
  });

  it('says why saving failed', async () => {
    const onSave = vi.fn(async () => {
      throw new Error('quota exceeded');
    });
    const { root, own } = setup(defaultUiSettings, onSave);
    type(own, 'a@x.example');
    press(own, 'Enter');
    await submit(root.querySelector('form'));
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'Could not save: quota exceeded',
    );
  });
});
