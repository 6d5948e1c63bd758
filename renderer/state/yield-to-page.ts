/** Lets input and rendering run before the work goes on (a message, not a timer: timers are clamped to 4 ms). */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
