// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProfileSection } from '@/components/options/sections/ProfileSection';
import { byId, errorOf, mount, submit, type } from './dom';

afterEach(() => document.body.replaceChildren());

const empty = { senderName: '', businessName: '', signature: '' };

describe('ProfileSection', () => {
  it('saves the trimmed profile and says so', async () => {
    const onSave = vi.fn(async () => {});
    const root = mount(<ProfileSection value={empty} onSave={onSave} />);
    type(byId(root, 'sender-name'), '  Ola Nowak ');
    type(byId(root, 'business-name'), 'Nowak Design');
    type(byId(root, 'signature'), 'Ola Nowak\nNowak Design\n+48 600 100 200');
    expect(root.querySelector('.save-status')?.textContent).toBe('Unsaved changes');
    await submit(root.querySelector('form'));
    expect(onSave).toHaveBeenCalledWith({
      senderName: 'Ola Nowak',
      businessName: 'Nowak Design',
      signature: 'Ola Nowak\nNowak Design\n+48 600 100 200',
    });
    expect(root.querySelector('.save-status')?.textContent).toBe('Saved.');
  });

  it('requires a name and limits lengths, with the reason next to each field', async () => {
    const onSave = vi.fn(async () => {});
    const root = mount(<ProfileSection value={empty} onSave={onSave} />);
    const name = byId<HTMLInputElement>(root, 'sender-name');
    type(byId(root, 'business-name'), 'x'.repeat(201));
    await submit(root.querySelector('form'));
    expect(onSave).not.toHaveBeenCalled();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(root, name)).toBe('This field is required.');
    expect(errorOf(root, byId(root, 'business-name'))).toBe('Too long: at most 200 characters.');
    expect(document.activeElement).toBe(name);
  });

  it('follows settings changed elsewhere while the form is untouched', () => {
    const root = mount(
      <ProfileSection value={{ ...empty, senderName: 'A' }} onSave={async () => {}} />,
    );
    expect(byId<HTMLInputElement>(root, 'sender-name').value).toBe('A');
  });

  it('speaks Russian', async () => {
    const root = mount(<ProfileSection value={empty} onSave={async () => {}} />, 'ru');
    await submit(root.querySelector('form'));
    expect(errorOf(root, byId(root, 'sender-name'))).toBe('Обязательное поле.');
    expect(root.querySelector('label[for="signature"]')?.textContent).toBe('Подпись');
  });
});
