/** A port nothing listens on now: the system picks one for a moment, then it is let go. */
import { createServer } from 'node:net';

/** A free TCP port on 127.0.0.1, for a server a script or a test starts. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? done(address.port)
          : fail(new Error('Không lấy được cổng trống.')),
      );
    });
  });
}
