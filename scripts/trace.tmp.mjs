import { start } from '../tests/e2e/harness.mjs';
import { writeFileSync } from 'node:fs';
const env = await start(process.argv[2]);
const context = await env.browser.newContext({ serviceWorkers: 'block' });
const page = await context.newPage();
await env.browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'v8.wasm', 'disabled-by-default-devtools.timeline', 'blink', 'loading'] });
const t0 = Date.now();
await page.goto(`${env.origin}/`);
await page.locator('html[data-app="started"]').waitFor({ state: 'attached' });
const buf = await env.browser.stopTracing();
const trace = JSON.parse(buf.toString());
const events = trace.traceEvents ?? trace;
// find renderer main thread: thread_name CrRendererMain
const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`);
const tasks = events.filter((e) => e.ph === 'X' && mains.includes(`${e.pid}:${e.tid}`));
const nav = events.find((e) => e.name === 'navigationStart') ?? tasks[0];
const base = Math.min(...tasks.filter(t=>t.name==='RunTask').map((t) => t.ts));
// top-level RunTask > 5ms with their biggest children
const runTasks = tasks.filter((t) => t.name === 'RunTask' && t.dur > 5000).sort((a, b) => a.ts - b.ts);
for (const t of runTasks) {
  const kids = tasks.filter((k) => k !== t && k.ts >= t.ts && k.ts + k.dur <= t.ts + t.dur && k.dur > 2000 && k.name !== 'RunTask');
  const agg = {};
  for (const k of kids) agg[k.name] = (agg[k.name] ?? 0) + k.dur;
  console.log(((t.ts - base) / 1000).toFixed(0).padStart(5), 'ms', (t.dur / 1000).toFixed(1).padStart(6), 'ms', Object.entries(agg).sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n, d]) => `${n}=${(d / 1000).toFixed(1)}`).join(' '));
}
// wasm compile events anywhere
const wasm = events.filter((e) => /wasm/i.test(e.name) && e.dur > 1000);
const agg = {};
for (const e of wasm) agg[e.name] = (agg[e.name] ?? 0) + e.dur;
console.log('wasm events', Object.entries(agg).map(([n, d]) => `${n}=${(d / 1000).toFixed(1)}`).join(' '));
await env.stop();
