// The worker's entry: loads its wasm module, whose `main` installs the message handler and
// posts "ready". A failure to load is reported as an answer (in the protocol's envelope,
// id 0, which fails every pending request), not swallowed.
import init from './worker_wasm.js';

init().catch((error) => {
  postMessage(JSON.stringify({ id: 0, body: { failed: { message: `the worker could not start: ${error}` } } }));
});
