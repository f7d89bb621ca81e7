// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  PortalsSection,
  portalOrigin,
  type PortalPort,
} from '@/components/options/portals/PortalsSection';
import { byId, mount, settle, submit, type } from './dom';

afterEach(() => document.body.replaceChildren());

/** A port backed by a list, standing in for browser.permissions + scripting. */
function fakePort(grant = true, initial: string[] = []) {
  const patterns = [...initial];
  const port: PortalPort = {
    list: vi.fn(async () => [...patterns]),
    add: vi.fn(async (origin: string) => {
      if (grant) patterns.push(`https://${new URL(origin).hostname}/*`);
      return grant;
    }),
    remove: vi.fn(async (pattern: string) => {
      patterns.splice(patterns.indexOf(pattern), 1);
    }),
  };
  return port;
}

describe('portalOrigin', () => {
  it.each([
    ['billing.example.com', 'https://billing.example.com'],
    ['https://billing.example.com/client/invoices/7', 'https://billing.example.com'],
    ['  HTTPS://Billing.Example.com  ', 'https://billing.example.com'],
    ['http://billing.example.com', null],
    ['ftp://billing.example.com', null],
    ['localhost', null],
    ['', null],
    ['not a url at all', null],
  ])('%j → %j', (raw, expected) => expect(portalOrigin(raw)).toBe(expected));
});

describe('PortalsSection', () => {
  it('asks for the one origin, then lists it, and removes it again', async () => {
    const port = fakePort();
    const root = mount(<PortalsSection port={port} />);
    await settle();
    expect(root.textContent).toContain('No self-hosted portals yet.');
    type(byId<HTMLInputElement>(root, 'portal-url'), 'https://billing.example.com/client/login');
    await submit(root.querySelector('form'));
    expect(port.add).toHaveBeenCalledWith('https://billing.example.com');
    expect(root.querySelector('.chips')?.textContent).toContain('billing.example.com');
    expect(root.textContent).toContain('Firmly now reads invoices on billing.example.com.');
    (root.querySelector('.chip-remove') as HTMLButtonElement).click();
    await settle();
    expect(port.remove).toHaveBeenCalledWith('https://billing.example.com/*');
    expect(root.querySelector('.chips')).toBeNull();
  });

  it('refuses a plain-http address without asking the browser', async () => {
    const port = fakePort();
    const root = mount(<PortalsSection port={port} />);
    const input = byId<HTMLInputElement>(root, 'portal-url');
    type(input, 'http://billing.example.com');
    await submit(root.querySelector('form'));
    expect(port.add).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('.field-error')?.textContent).toMatch(/https/);
  });

  it('says so when the user declines, and lists nothing', async () => {
    const port = fakePort(false);
    const root = mount(<PortalsSection port={port} />);
    type(byId<HTMLInputElement>(root, 'portal-url'), 'billing.example.com');
    await submit(root.querySelector('form'));
    expect(root.querySelector('.field-error')?.textContent).toBe(
      'Access was not allowed, so the portal was not added.',
    );
    expect(root.querySelector('.chips')).toBeNull();
  });

  it('speaks Hebrew right to left', async () => {
    const root = mount(
      <PortalsSection port={fakePort(true, ['https://x.example.co.il/*'])} />,
      'he',
    );
    await settle();
    expect(root.querySelector('h2')?.textContent).toBe('פורטלים של Invoice Ninja');
    expect(root.querySelector('.chip span')?.getAttribute('dir')).toBe('ltr');
  });
});
