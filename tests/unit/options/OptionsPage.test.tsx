// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage } from '@/components/options/OptionsPage';
import { loadDataSection } from '@/components/options/lazy-sections';
import type { DataPort } from '@/components/options/data/port';
import { defaultAdvisorSettings } from '@/utils/advisor';
import { defaultUiSettings } from '@/utils/settings/schema';
import { byId, click, mount, settle, submit, type } from './dom';

afterEach(() => document.body.replaceChildren());

const port: DataPort = {
  exportData: () => Promise.reject(new Error('not in this test')),
  exportBackup: () => Promise.reject(new Error('not in this test')),
  importBackup: () => Promise.reject(new Error('not in this test')),
  eraseAll: () => Promise.reject(new Error('not in this test')),
};

function page(lang: 'en' | 'he' = 'en', saveAdvisor = vi.fn(async () => {})) {
  const root = mount(
    <OptionsPage
      ui={defaultUiSettings}
      advisor={defaultAdvisorSettings}
      saveUi={async () => {}}
      saveAdvisor={saveAdvisor}
      port={port}
      now={new Date('2026-11-23T10:00:00Z')}
    />,
    lang,
  );
  return { root, saveAdvisor };
}

describe('OptionsPage', () => {
  it('has one heading per section and a labelled index linking to each', () => {
    const { root } = page();
    const headings = [...root.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toEqual([
      'Your business',
      'Payment details',
      'Messages',
      'Message templates',
      'Late-payment law',
      'Addresses',
      'Language and theme',
      'Your data',
    ]);
    const nav = root.querySelector('nav');
    expect(nav?.getAttribute('aria-label')).toBe('Settings sections');
    const targets = [...nav!.querySelectorAll('a')].map((a) => a.getAttribute('href')!.slice(1));
    for (const id of targets) expect(root.querySelector(`section#${id}`), id).not.toBeNull();
  });

  it('paints the data section as a heading first, then loads its controls on its own', async () => {
    const { root } = page();
    const data = byId(root, 'data');
    // The export/restore code (with Dexie) is not part of the first paint.
    expect(data.getAttribute('aria-busy')).toBe('true');
    expect(data.querySelector('button')).toBeNull();
    // It loads once the browser is idle after the first paint (here: a 50 ms timer).
    await loadDataSection();
    await new Promise((r) => setTimeout(r, 80));
    await settle();
    expect(byId(root, 'data').getAttribute('aria-busy')).toBeNull();
    expect(byId(root, 'data').querySelector('button')).not.toBeNull();
  });

  it('moves focus to the section heading when a link is followed', () => {
    const { root } = page();
    click(root.querySelector('nav a[href="#legal"]'));
    expect(document.activeElement).toBe(byId(root, 'legal-title'));
  });

  it('lays the page out right to left in Hebrew', () => {
    const { root } = page('he');
    const shell = root.querySelector('.options-page');
    expect(shell?.getAttribute('dir')).toBe('rtl');
    expect(shell?.getAttribute('lang')).toBe('he');
    expect(root.querySelector('h1')?.textContent).toBe('הגדרות Firmly');
    // Addresses and IBANs stay left to right inside the Hebrew page.
    expect(byId(root, 'iban').getAttribute('dir')).toBe('ltr');
  });

  it('saves each section into the advisor settings as a patch', async () => {
    const { root, saveAdvisor } = page();
    type(byId(root, 'sender-name'), 'Ola');
    await submit(byId(root, 'profile').querySelector('form'));
    expect(saveAdvisor).toHaveBeenCalledWith({
      senderName: 'Ola',
      businessName: '',
      signature: '',
    });
    type(byId(root, 'iban'), 'GB82 WEST 1234 5698 7654 32');
    await submit(byId(root, 'payment').querySelector('form'));
    expect(saveAdvisor).toHaveBeenLastCalledWith({
      paymentDetails: 'IBAN: GB82 WEST 1234 5698 7654 32',
    });
  });
});
