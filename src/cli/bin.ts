// The `consentry` command (package.json `bin`).
import { main } from './main';

// main() reports what it can and returns the exit code; whatever still escapes it (the browser
// failing to close, say) exits 2, "could not run", with its message instead of a stack.
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`consentry audit could not finish: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  },
);
