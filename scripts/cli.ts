// Runs a command-line entry point: a failure prints one clear line, not a stack dump
// (set DEBUG=1 for the stack).
import { describeDbError } from '../lib/db/errors';

export function runCli(main: () => Promise<void>) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`error: ${describeDbError(error)}`);
      if (process.env.DEBUG) console.error(error);
      process.exit(1);
    },
  );
}
