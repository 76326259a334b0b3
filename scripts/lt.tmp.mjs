import { start } from '../tests/e2e/harness.mjs';
const env = await start(process.argv[2]);
const all = [];
for (let i = 0; i < 5; i++) {
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(() => {
    window.lt = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  await page.goto(`${env.origin}/`);
  await page.locator('html[data-app="started"], html[data-app="waiting"]').waitFor({ state: 'attached' });
  await page.waitForTimeout(300);
  all.push(await page.evaluate(() => window.lt));
  await context.close();
}
for (const r of all) console.log(JSON.stringify(r));
await env.stop();
