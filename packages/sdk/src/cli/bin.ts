import { main } from './main.ts';

// The `twinning` executable: all it does is run the command line and exit with its code.
process.exitCode = await main(process.argv.slice(2));
