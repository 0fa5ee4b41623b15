import { afterEach, describe, expect, it } from 'vitest';
import { createTaskClock, SLICE_END_MARK, SLICE_START_MARK, TASK_MEASURE } from '@/lib/content/task-clock';

const entries = (name: string) => performance.getEntriesByName(name);

describe('task clock', () => {
  afterEach(() => {
    performance.clearMarks();
    performance.clearMeasures();
  });

  it('records each slice as a measure between a start and an end mark', async () => {
    const clock = createTaskClock(1_000);
    clock.resume();
    expect(clock.overBudget()).toBe(false);
    await clock.yieldToPage();
    clock.pause();
    clock.pause();
    expect(entries(TASK_MEASURE)).toHaveLength(2);
    expect(entries(SLICE_START_MARK)).toHaveLength(2);
    expect(entries(SLICE_END_MARK)).toHaveLength(2);
  });

  it('starts a slice begun earlier at that time, without a start mark of its own', () => {
    const clock = createTaskClock(1_000);
    const began = performance.now() - 5;
    clock.resume(began);
    clock.resume();
    clock.pause();
    const [slice] = entries(TASK_MEASURE);
    expect(slice?.startTime).toBe(began);
    expect(slice?.duration).toBeGreaterThanOrEqual(5);
    expect(entries(SLICE_START_MARK)).toHaveLength(0);
  });

  it('says when a slice has used its budget', () => {
    const clock = createTaskClock(2);
    clock.resume(performance.now() - 3);
    expect(clock.overBudget()).toBe(true);
    clock.pause();
    expect(clock.overBudget()).toBe(false);
  });

  it('counts work about to start that cannot be split against what is left of the slice', () => {
    const clock = createTaskClock(10);
    clock.resume(performance.now() - 4);
    expect(clock.overBudget()).toBe(false);
    expect(clock.overBudget(3)).toBe(false);
    expect(clock.overBudget(8)).toBe(true);
  });
});
