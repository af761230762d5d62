/**
 * One search at a time, and only the newest waits its turn. A reader typing quickly asks
 * for a search at nearly every letter; run side by side, they would all share the worker
 * and the last one — the only one still wanted — would finish last. Here a call made
 * while one runs waits, and is dropped when a newer one comes before its turn.
 */

/** The call was dropped for a newer one: its caller has moved on. */
export class SupersededError extends Error {
  constructor() {
    super('superseded by a newer search');
    this.name = 'SupersededError';
  }
}

/** `task`, run one call at a time; of the calls made meanwhile only the newest runs next. */
export function latestOnly<A, R>(task: (argument: A) => Promise<R>): (argument: A) => Promise<R> {
  interface Call {
    argument: A;
    resolve: (result: R) => void;
    reject: (error: unknown) => void;
  }
  let busy = false;
  let waiting: Call | undefined;
  const run = ({ argument, resolve, reject }: Call) => {
    busy = true;
    const done = () => {
      busy = false;
      const next = waiting;
      waiting = undefined;
      if (next) run(next);
    };
    // A task that throws at once counts as one that failed.
    Promise.resolve()
      .then(() => task(argument))
      .then(resolve, reject)
      .finally(done);
  };
  return (argument) =>
    new Promise<R>((resolve, reject) => {
      const call = { argument, resolve, reject };
      if (!busy) {
        run(call);
        return;
      }
      waiting?.reject(new SupersededError());
      waiting = call;
    });
}
