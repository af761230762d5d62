/**
 * Starts a new content entry: `npm run new`. In a terminal it asks which kind of entry
 * and its key fields; flags give the same answers without questions, e.g.
 *   npm run new -- --kind documents --symbol 01-KL/TW --title "…" --issuer "…" …
 * It proposes the slug (SPEC §2), refuses a duplicate, and writes a skeleton that the
 * content checker accepts. `npm run new -- --help` lists every flag. The command is
 * src/lib/editor/new-entry-command.ts; this file only wires it to the terminal.
 */
import { terminalContext } from '../src/lib/editor/command.ts';
import { newEntryCommand } from '../src/lib/editor/new-entry-command.ts';
import { contentRoot } from '../src/lib/content-root.ts';

process.exit(await newEntryCommand(process.argv.slice(2), terminalContext(contentRoot())));
