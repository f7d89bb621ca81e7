import { describe, expect, it, vi } from 'vitest';
import { runAfterFirstAnswer } from '@/utils/background/start-later';

describe('runAfterFirstAnswer', () => {
  it('runs the work once, just after the first answer, not before it', () => {
    vi.useFakeTimers();
    const work = vi.fn();
    const handled = runAfterFirstAnswer(work, 1_000);
    expect(work).not.toHaveBeenCalled();
    handled();
    expect(work).not.toHaveBeenCalled(); // the reply goes out first
    vi.advanceTimersByTime(0);
    expect(work).toHaveBeenCalledTimes(1);
    handled();
    vi.advanceTimersByTime(5_000);
    expect(work).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it('runs the work after the fallback delay when no message arrives', () => {
    vi.useFakeTimers();
    const work = vi.fn();
    runAfterFirstAnswer(work, 1_000);
    vi.advanceTimersByTime(999);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });
});
