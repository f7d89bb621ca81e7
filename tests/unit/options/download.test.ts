// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadText } from '@/components/options/data/download';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('downloadText', () => {
  it('clicks a temporary <a download> pointing at a Blob URL, then cleans up', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:firmly/1';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });

    downloadText('firmly-invoices-2026-11-23.csv', 'text/csv;charset=utf-8', 'a,b\r\n');

    expect(create).toHaveBeenCalledOnce();
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe('firmly-invoices-2026-11-23.csv');
    expect(clicked[0]?.getAttribute('href')).toBe('blob:firmly/1');
    expect(document.querySelector('a[download]')).toBeNull();
    // CSV starts with a byte-order mark so spreadsheets read UTF-8.
    expect(await blobs[0]!.text()).toBe('\uFEFFa,b\r\n');
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:firmly/1');
  });

  it('writes JSON as it is', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:firmly/2';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    downloadText('x.json', 'application/json', '{"a":1}');
    expect(await blobs[0]!.text()).toBe('{"a":1}');
  });
});
