// A network that can be cut: the outage of a desa office's link, simulated in front of fetch so it
// works the same against msw and a real server.

/** A `fetch` with a switch: while cut, each request reaches the server but its answer is lost. */
export interface FlakyNetwork {
  readonly fetch: typeof globalThis.fetch;
  /** From now on the connection drops after the request was sent (the worst case for duplicates). */
  cut(): void;
  restore(): void;
  /** Requests the server received while their answers were lost. */
  readonly lostAnswers: number;
}

export function createFlakyNetwork(): FlakyNetwork {
  let down = false;
  let lost = 0;
  return {
    // globalThis.fetch is read at call time: msw replaces it when its server starts listening.
    fetch: async (input, init) => {
      const response = await globalThis.fetch(input, init);
      if (!down) return response;
      await response.arrayBuffer(); // the server answered; the answer never reaches the app
      lost += 1;
      throw new TypeError('fetch failed: connection reset (simulated outage)');
    },
    cut: () => {
      down = true;
    },
    restore: () => {
      down = false;
    },
    get lostAnswers() {
      return lost;
    },
  };
}
