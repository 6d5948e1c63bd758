/** Lets input and rendering run before the work goes on (a message, not a timer: timers are clamped to 4 ms). */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** How long one slice of long work (a save of a long article) may hold the page's thread. */
const SLICE_MS = 4;

export interface TimeSlices {
  /** The current slice has run its time. */
  due(): boolean;
  /** Yields to the page, then starts the next slice. */
  pause(): Promise<void>;
}

export function timeSlices(pause: () => Promise<void> = yieldToPage, sliceMs = SLICE_MS): TimeSlices {
  let started = performance.now();
  return {
    due: () => performance.now() - started >= sliceMs,
    async pause() {
      await pause();
      started = performance.now();
    },
  };
}
