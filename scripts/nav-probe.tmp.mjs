import { start } from '../tests/e2e/harness.mjs';
const env = await start();
const rows = [];
for (let i = 0; i < 9; i++) {
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(() => {
    let typed = false;
    new MutationObserver((_, watcher) => {
      const input = document.getElementById('input-app_name');
      if (!typed && input) { typed = true; window.typedAt = performance.now(); input.value = 'E'; input.dispatchEvent(new Event('input', { bubbles: true })); }
      if (document.documentElement.dataset.app === 'started' && !window.startedAt) window.startedAt = performance.now();
      const summary = document.getElementById('summary');
      if (typed && summary && /error/.test(summary.textContent)) { watcher.disconnect(); window.interactiveAt = performance.now(); }
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  const page = await context.newPage();
  await page.goto(`${env.origin}/`);
  await page.waitForFunction(() => window.interactiveAt !== undefined);
  rows.push(await page.evaluate(() => {
    const r = Object.fromEntries(performance.getEntriesByType('resource').map((e) => [e.name.split('/').pop(), [Math.round(e.startTime), Math.round(e.responseEnd)]]));
    const nav = performance.getEntriesByType('navigation')[0];
    return { dcl: Math.round(nav.domContentLoadedEventEnd), typed: Math.round(window.typedAt), started: Math.round(window.startedAt ?? -1), interactive: Math.round(window.interactiveAt), boot: r['boot.js'], app: r['app.js'], wasm: r['app_bg.wasm'] };
  }));
  await context.close();
}
for (const r of rows) console.log(JSON.stringify(r));
await env.stop();
