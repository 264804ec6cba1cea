#!/usr/bin/env node
// Thin launcher: the CLI itself is built to dist/cli.js by tsup.
import { runMain } from '../dist/cli.js';

await runMain(process.argv.slice(2));
