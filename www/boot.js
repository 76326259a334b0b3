// Loads the WebAssembly app. wasm-bindgen's init() runs the Rust `main`, which mounts the
// builder into #app. A failure is shown on the page, since a blank page explains nothing.
import init from './app.js';

// The first view is already in the page (rendered at build time): the wasm is fetched once
// the browser reports it painted, so that its download and compilation never hold up the
// first paint. A hidden page paints nothing, so it starts at once; a browser without paint
// timing starts after the next frame; and whatever happens, the app starts within 3 s.
const painted = new Promise((done) => {
  if (document.visibilityState === 'hidden') {
    done();
    return;
  }
  document.addEventListener('visibilitychange', done, { once: true });
  setTimeout(done, 3000);
  if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    new PerformanceObserver((_, observer) => {
      observer.disconnect();
      done();
    }).observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(() => setTimeout(done, 0));
  }
});

// The service worker is registered once the app is running (or has failed to start): its
// first install fetches every file of the build, the password worker's 1.2 MB among them,
// which must not compete with the first paint or with the app's own wasm.
painted.then(() => init()).catch((error) => {
  const app = document.getElementById('app');
  const message = document.createElement('p');
  message.className = 'load-error';
  message.textContent = `wsadmin-prep could not start in this browser: ${error}`;
  app.replaceChildren(message);
}).finally(keepForOffline);

// The service worker (sw.js) keeps this build for offline use. A new build installs beside
// it and waits; the person is asked, and the page reloads into it only when they agree.
function keepForOffline() {
  if (!('serviceWorker' in navigator)) return;
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
  // In the page's language: the app leaves its words on <html> (services/language.rs).
  const words = document.documentElement.dataset;
  text.textContent = `${words.updateReady ?? 'A new version of wsadmin-prep is ready. Your drafts are kept.'} `;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = words.reload ?? 'Reload';
  button.addEventListener('click', () => {
    agreed = true;
    switchOver();
  });
  banner.append(text, button);
}
