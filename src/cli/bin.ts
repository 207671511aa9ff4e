// The `consentry` command (package.json `bin`).
import { main } from './main';

main(process.argv.slice(2)).then((code) => process.exit(code));
