// The worker's entry: loads its wasm module, whose `main` installs the message handler and
// posts "ready". A failure to load is reported as an answer, not swallowed.
import init from './worker_wasm.js';

init().catch((error) => {
  postMessage(JSON.stringify({ failed: { id: 0, message: `the worker could not start: ${error}` } }));
});
