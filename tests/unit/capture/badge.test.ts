// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BADGE_TAG, createBadge } from '@/entrypoints/invoice-sites.content/badge';

describe('in-page badge', () => {
  it('shows its text in a shadow root and goes away when dismissed', () => {
    const { host } = createBadge(
      document,
      'Tracked by Firmly · 14 days overdue',
      'en',
      false,
      'open',
    );
    expect(document.querySelector(BADGE_TAG)).toBe(host);
    const root = host.shadowRoot!;
    expect(root.querySelector('.text')?.textContent).toBe('Tracked by Firmly · 14 days overdue');
    expect(root.querySelector('style')?.textContent).toContain('position: fixed');
    root.querySelector<HTMLButtonElement>('button.hide')!.click();
    expect(document.querySelector(BADGE_TAG)).toBeNull();
  });

  it('keeps its insides closed to the page by default', () => {
    const { host, remove } = createBadge(document, 'Tracked by Firmly', 'he', true);
    expect(host.shadowRoot).toBeNull();
    remove();
    expect(document.querySelector(BADGE_TAG)).toBeNull();
  });
});
