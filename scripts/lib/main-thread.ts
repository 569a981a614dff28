import type { CDPSession, Page } from 'playwright-core';

/** Marked by the page itself as its document starts, so the trace says which renderer thread is the page's. */
const PAGE_START_MARK = 'bench-page-start';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** The thread's CPU time inside the event, where the trace recorded it. */
  tdur?: number;
}

/** Milliseconds the page's main thread spent in tasks: by the clock, and running on a core. */
export interface MainThreadTime {
  /** The tasks' durations: what the page waits for, the main thread's waits for a core included. */
  wall: number;
  /** The thread's CPU time in those tasks: the work itself, whatever else the machine is doing. */
  cpu: number;
}

/** Call once per tab, before its first measured navigation. */
export async function markPageStarts(page: Page): Promise<void> {
  await page.addInitScript(`performance.mark(${JSON.stringify(PAGE_START_MARK)})`);
}

/**
 * Main-thread time of the renderer showing `page` while `navigate` runs: the sum of its
 * top-level tasks (page, content scripts, an injected panel) from the last document's start.
 *
 * Read from a trace because a navigation to another site moves the page to another renderer
 * process, and CDP's `Performance.getMetrics` counts per document: a difference of its
 * `TaskDuration` before and after mixes two processes' figures.
 */
export async function mainThreadTime(
  page: Page,
  cdp: CDPSession,
  navigate: () => Promise<void>,
): Promise<MainThreadTime> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: object[] }) => events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  try {
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: ['toplevel', 'blink.user_timing', '__metadata'] },
      transferMode: 'ReportEvents',
    });
    await navigate();
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
  } finally {
    cdp.off('Tracing.dataCollected', collect);
  }
  // The last document started is the page (a blank page on the way there is marked too).
  const start = events.findLast((event) => event.name === PAGE_START_MARK);
  if (!start) throw new Error(`no ${PAGE_START_MARK} mark in the trace of ${page.url()}`);
  const tasks = topLevel(
    events.filter(
      (event) =>
        event.pid === start.pid &&
        event.tid === start.tid &&
        event.ph === 'X' &&
        event.ts >= start.ts &&
        (event.name === 'ThreadControllerImpl::RunTask' || event.name === 'RunTask'),
    ),
  );
  return {
    wall: tasks.reduce((sum, event) => sum + (event.dur ?? 0), 0) / 1000,
    // The few tasks the trace gives no thread time for count by the clock.
    cpu: tasks.reduce((sum, event) => sum + (event.tdur ?? event.dur ?? 0), 0) / 1000,
  };
}

/** Chromium traces a task as `RunTask` inside `ThreadControllerImpl::RunTask` with some categories: count each once. */
function topLevel(tasks: TraceEvent[]): TraceEvent[] {
  const sorted = [...tasks].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const outer: TraceEvent[] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const task of sorted) {
    if (task.ts < end) continue;
    outer.push(task);
    end = task.ts + (task.dur ?? 0);
  }
  return outer;
}
