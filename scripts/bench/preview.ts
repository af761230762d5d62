/**
 * Serving a built site for measurement: `astro preview` of this project (as the tests do)
 * for Lighthouse, started and stopped by the script that needs it.
 */
import { spawn } from 'node:child_process';

/** A running server and how to stop it. */
export interface RunningServer {
  origin: string;
  stop: () => void;
}

/** Waits until `url` answers (any HTTP status), or fails after `timeoutMs`. */
export async function waitForServer(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`Máy chủ xem thử không trả lời tại ${url} sau ${timeoutMs / 1000} giây.`);
}

/** Starts `astro preview` of the built dist/ on `port` and waits until it answers. */
export async function startAstroPreview(port: number): Promise<RunningServer> {
  const child = spawn('npx', ['astro', 'preview', '--port', String(port), '--host', 'localhost'], {
    detached: true,
    stdio: 'ignore',
  });
  // Its own process group, so that stopping it also stops the node process npx starts.
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  const origin = `http://localhost:${port}`;
  try {
    await waitForServer(`${origin}/`);
  } catch (error) {
    stop();
    throw error;
  }
  return { origin, stop };
}
