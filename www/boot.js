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

// The service worker (sw.js) keeps this build for offline use. A new build installs beside
// it and waits; the person is asked, and the page reloads into it only when they agree.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('sw.js').then((registration) => {
    const offer = (waiting) => {
      if (!waiting || !navigator.serviceWorker.controller) return;
      showUpdate(() => waiting.postMessage('switch-to-new-version'));
    };
    offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const installing = registration.installing;
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'installed') offer(installing);
      });
    });
  }).catch((error) => {
    // The app works without it, only not offline; a console line says why.
    console.warn(`wsadmin-prep will not work offline: ${error}`);
  });
}

let agreed = false;
navigator.serviceWorker?.addEventListener('controllerchange', () => {
  // The first install also takes control of the page; only an agreed update reloads.
  if (agreed) window.location.reload();
});

function showUpdate(switchOver) {
  if (document.getElementById('update-ready')) return;
  const banner = document.createElement('div');
  banner.id = 'update-ready';
  banner.className = 'update-ready';
  // Announced when its text arrives: the text is added after the banner is in the page.
  banner.setAttribute('aria-live', 'polite');
  document.body.prepend(banner);
  const text = document.createElement('span');
  text.textContent = 'A new version of wsadmin-prep is ready. Your drafts are kept. ';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Reload';
  button.addEventListener('click', () => {
    agreed = true;
    switchOver();
  });
  banner.append(text, button);
}
