/**
 * Imports a year's plan from its original, a .txt or Word .docx file, into
 * content/plans/<year>.yaml: `npm run import-plan -- <file> [--year N] [--issuer "…"] [--force]`.
 * Reports what it recognised; stops, naming each line, on text it cannot place. In a
 * terminal it asks for what it cannot read (the year, the issuer); otherwise flags give them.
 * The command is src/lib/editor/import-plan-command.ts; this file only wires it to the terminal.
 */
import { terminalContext } from '../src/lib/editor/command.ts';
import { importPlanCommand } from '../src/lib/editor/import-plan-command.ts';
import { contentRoot } from '../src/lib/content-root.ts';

process.exit(await importPlanCommand(process.argv.slice(2), terminalContext(contentRoot())));
