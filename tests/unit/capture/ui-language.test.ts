import { describe, expect, it } from 'vitest';
import { readUiLanguage, uiLanguageFromStored } from '@/utils/capture/ui-language';

describe('UI language for injected UI', () => {
  it('follows the stored setting, else the browser', () => {
    expect(uiLanguageFromStored({ uiLanguage: 'ru' }, ['en-US'])).toBe('ru');
    expect(uiLanguageFromStored({ uiLanguage: 'auto' }, ['iw-IL', 'en'])).toBe('he');
    expect(uiLanguageFromStored(undefined, ['pl-PL'])).toBe('pl');
    expect(uiLanguageFromStored({ uiLanguage: 42 }, ['ja-JP'])).toBe('en');
    expect(uiLanguageFromStored('garbage', ['ru'])).toBe('ru');
  });

  it('reads storage and survives a failing one', async () => {
    await expect(
      readUiLanguage({ get: async () => ({ uiSettings: { uiLanguage: 'he' } }) }, ['en']),
    ).resolves.toBe('he');
    await expect(
      readUiLanguage({ get: async () => Promise.reject(new Error('gone')) }, ['pl']),
    ).resolves.toBe('pl');
  });
});
