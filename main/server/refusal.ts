/**
 * Thrown from a Hocuspocus hook to turn a client away. Hocuspocus sends
 * `reason` to the client: as the authentication failure (provider event
 * `authenticationFailed`) from onAuthenticate, or as the close reason
 * (provider event `close`) from message hooks. So the reason is written for
 * the person whose app shows it.
 */
export class Refusal extends Error {
  constructor(
    readonly reason: string,
    readonly code = 4403,
  ) {
    super(reason);
  }
}
