/** The action's entry point (dist/index.js): runs the action and nothing else. */
import { run } from './main.js';

await run();
