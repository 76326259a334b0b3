// Loads the WebAssembly app. wasm-bindgen's init() runs the Rust `main`, which mounts the
// builder into #app. A failure is shown on the page, since a blank page explains nothing.
import init from './app.js';

init().catch((error) => {
  const app = document.getElementById('app');
  const message = document.createElement('p');
  message.className = 'load-error';
  message.textContent = `wsadmin-prep could not start in this browser: ${error}`;
  app.replaceChildren(message);
});
