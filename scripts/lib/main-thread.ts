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
export async function mainThreadTime(page: Page, cdp: CDPSession, navigate: () => Promise<void>): Promise<number> {
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
  return (
    events
      .filter(
        (event) =>
          event.pid === start.pid &&
          event.tid === start.tid &&
          event.ph === 'X' &&
          event.ts >= start.ts &&
          (event.name === 'ThreadControllerImpl::RunTask' || event.name === 'RunTask'),
      )
      .reduce((sum, event) => sum + (event.dur ?? 0), 0) / 1000
  );
}
