import { describe, expect, it } from 'vitest';
import { choosePdfRunner } from '@/utils/background/pdf-runner';

describe('choosePdfRunner', () => {
  it('uses the offscreen document in a Chrome MV3 service worker (no Worker there)', () => {
    expect(choosePdfRunner({ offscreen: { createDocument: () => undefined } })).toBe('offscreen');
  });
  it('prefers the offscreen document whenever the API is there', () => {
    const env = { offscreen: { createDocument: () => undefined }, Worker: class {} };
    expect(choosePdfRunner(env)).toBe('offscreen');
  });
  it("starts the worker itself in Firefox's background page (no offscreen API)", () => {
    expect(choosePdfRunner({ offscreen: undefined, Worker: class {} })).toBe('worker');
  });
  it('reads no PDF where neither exists', () => {
    expect(choosePdfRunner({})).toBe('none');
    expect(choosePdfRunner({ offscreen: {} })).toBe('none');
  });
});
