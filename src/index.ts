/** The action's entry point (dist/index.js): runs the action, or serves as an extraction worker of a large run. */
import { allowExtractionWorkers, isExtractionWorker, serveExtractionWorker } from './io/extraction-workers.js';
import { run } from './main.js';

if (isExtractionWorker()) await serveExtractionWorker();
else {
  allowExtractionWorkers(new URL(import.meta.url));
  await run();
}
