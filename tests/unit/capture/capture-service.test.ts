import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CAPTURE_MENU_ID,
  CAPTURE_SCRIPT,
  SITES_SCRIPT,
  captureActiveTab,
  invoiceNinjaPattern,
  requestInvoiceNinjaOrigin,
  startCaptureService,
} from '@/utils/background/capture-service';

type Registered = { id: string; matches?: string[]; js?: string[] };
type Listener = (...args: never[]) => unknown;

/** Captures the listeners of an event fake-browser leaves unimplemented; returns a trigger. */
function fakeEvent(event: { addListener: (cb: never) => void }) {
  const listeners: Listener[] = [];
  vi.spyOn(event, 'addListener').mockImplementation(((cb: Listener) => {
    listeners.push(cb);
  }) as never);
  return (...args: unknown[]) =>
    listeners.forEach((cb) => (cb as (...a: unknown[]) => unknown)(...args));
}

/** The events startCaptureService listens to that fake-browser does not implement. */
function fakeEvents() {
  return {
    menuClicked: fakeEvent(fakeBrowser.contextMenus.onClicked as never),
    permissionsRemoved: fakeEvent(fakeBrowser.permissions.onRemoved as never),
  };
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

/** In-memory stand-ins for the scripting registry (fake-browser leaves it unimplemented). */
function fakeRegistry() {
  const registered: Registered[] = [];
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(
    (async (filter?: { ids?: string[] }) =>
      registered.filter((s) => !filter?.ids || filter.ids.includes(s.id))) as never,
  );
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation((async (
    scripts: Registered[],
  ) => {
    registered.push(...scripts);
  }) as never);
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation((async (filter?: {
    ids?: string[];
  }) => {
    for (const id of filter?.ids ?? [])
      registered.splice(
        registered.findIndex((s) => s.id === id),
        1,
      );
  }) as never);
  return registered;
}

describe('capture on demand', () => {
  it('injects the capture script into the active tab', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 5 }] as never);
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    await expect(captureActiveTab()).resolves.toEqual({ tabId: 5 });
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 5 }, files: [CAPTURE_SCRIPT] });
  });

  it('says so when there is no tab to capture from', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([] as never);
    await expect(captureActiveTab()).rejects.toThrow(/no active tab/);
  });

  it('offers the menu entry on install, in the user’s language, and captures the clicked frame', async () => {
    await fakeBrowser.storage.local.set({ uiSettings: { uiLanguage: 'pl' } });
    const create = vi
      .spyOn(fakeBrowser.contextMenus, 'create')
      .mockReturnValue(CAPTURE_MENU_ID as never);
    vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined as never);
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    fakeRegistry();
    const events = fakeEvents();
    startCaptureService();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await vi.waitFor(() => expect(create).toHaveBeenCalled());
    expect(create.mock.calls[0]?.[0]).toMatchObject({
      id: CAPTURE_MENU_ID,
      title: 'Dodaj fakturę z tej strony',
      contexts: ['page', 'frame', 'selection'],
    });

    events.menuClicked({ menuItemId: CAPTURE_MENU_ID, frameId: 3 }, { id: 9 });
    events.menuClicked({ menuItemId: 'something-else' }, { id: 9 });
    await vi.waitFor(() => expect(inject).toHaveBeenCalledTimes(1));
    expect(inject).toHaveBeenCalledWith({
      target: { tabId: 9, frameIds: [3] },
      files: [CAPTURE_SCRIPT],
    });
  });
});

describe('self-hosted Invoice Ninja portals', () => {
  it('grants by host, https only', () => {
    expect(invoiceNinjaPattern('https://billing.example.org:8443/client/invoices/x')).toBe(
      'https://billing.example.org/*',
    );
    expect(() => invoiceNinjaPattern('http://billing.example.org')).toThrow(/https/);
  });

  it('registers the invoice-sites content script once the user grants the origin', async () => {
    const registered = fakeRegistry();
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    await expect(requestInvoiceNinjaOrigin('https://billing.example.org')).resolves.toBe(true);
    await expect(requestInvoiceNinjaOrigin('https://billing.example.org/')).resolves.toBe(true);
    expect(request).toHaveBeenCalledWith({ origins: ['https://billing.example.org/*'] });
    expect(registered).toHaveLength(1);
    expect(registered[0]).toMatchObject({
      matches: ['https://billing.example.org/*'],
      js: [SITES_SCRIPT],
    });
  });

  it('registers nothing when the user declines', async () => {
    const registered = fakeRegistry();
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false as never);
    await expect(requestInvoiceNinjaOrigin('https://billing.example.org')).resolves.toBe(false);
    expect(registered).toHaveLength(0);
  });

  it('unregisters a portal whose permission was revoked, on start and when revoked', async () => {
    const registered = fakeRegistry();
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    await requestInvoiceNinjaOrigin('https://a.example');
    await requestInvoiceNinjaOrigin('https://b.example');
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(
      (async (p: { origins?: string[] }) => p.origins?.[0] !== 'https://a.example/*') as never,
    );
    const events = fakeEvents();
    startCaptureService();
    await vi.waitFor(() =>
      expect(registered.map((s) => s.matches?.[0])).toEqual(['https://b.example/*']),
    );
    events.permissionsRemoved({ origins: ['https://b.example/*'] });
    await vi.waitFor(() => expect(registered).toHaveLength(0));
  });
});
