// Measures how long the builder takes from a keystroke to the updated findings on screen,
// in Debian's chromium against the release bundle (run scripts/build first).
// Prints the median and the 95th percentile over 200 keystrokes; it asserts nothing.
import { start, openApp } from '../tests/e2e/harness.mjs';

const env = await start();
try {
  const { page } = await openApp(env);
  await page.getByLabel('Partner app name').fill('Expensify');
  await page.getByLabel("Admin's e-mail").fill('john.smith@acme.com');
  await page.getByLabel('Known real users (optional)').fill(
    Array.from({ length: 500 }, (_, i) => `user${i}@acme.com`).join('\n'),
  );
  const timings = await page.evaluate(async () => {
    const input = document.getElementById('input-ws_admin-login_id');
    const summary = document.getElementById('summary');
    const results = [];
    for (let i = 0; i < 200; i++) {
      // Alternating a flagged and a clean value makes every keystroke change the findings.
      const value = i % 2 ? 'WSAdmin-Expensify@acme.com' : `user${i}@acme.com`;
      const changed = new Promise((done) => {
        const watcher = new MutationObserver(() => { watcher.disconnect(); done(); });
        watcher.observe(input.closest('.field'), { subtree: true, childList: true, attributes: true, characterData: true });
        watcher.observe(summary, { subtree: true, childList: true, characterData: true });
      });
      const started = performance.now();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await Promise.race([changed, new Promise((done) => setTimeout(done, 100))]);
      results.push(performance.now() - started);
    }
    return results.sort((a, b) => a - b);
  });
  const at = (q) => timings[Math.floor(q * (timings.length - 1))].toFixed(2);
  console.log(`keystroke to findings (500 known users): median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);
} finally {
  await env.stop();
}
