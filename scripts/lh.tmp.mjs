import { serve } from './static-server.mjs';
const root = process.argv[2];
const runs = Number(process.argv[3] ?? 1);
const lighthouse = (await import('../bench/node_modules/lighthouse/core/index.js')).default;
const launcher = await import('../bench/node_modules/chrome-launcher/dist/index.js');
const server = await serve(root, 0);
const origin = `http://127.0.0.1:${server.address().port}`;
for (let i = 0; i < runs; i++) {
  const chrome = await launcher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  const { lhr } = await lighthouse(`${origin}/`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const a = lhr.audits;
  console.log('perf', Math.round(lhr.categories.performance.score * 100), 'tbt', Math.round(a['total-blocking-time'].numericValue), 'fcp', Math.round(a['first-contentful-paint'].numericValue), 'lcp', Math.round(a['largest-contentful-paint'].numericValue), 'si', Math.round(a['speed-index'].numericValue), 'tti', Math.round(a['interactive'].numericValue));
  if (process.argv.includes('--dump')) { (await import('node:fs')).writeFileSync('/tmp/lhr-'+i+'.json', JSON.stringify(lhr)); }
  const el = a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node; console.log('lcp el', el?.selector, el?.snippet?.slice(0,80));
  const ph = a['largest-contentful-paint-element']?.details?.items?.[1]?.items; console.log('phases', JSON.stringify(ph?.map(p=>[p.phase, Math.round(p.timing)])));
  if (process.argv.includes('--detail')) {
    console.log('long tasks', JSON.stringify(a['long-tasks'].details.items.map((t) => [t.url.split('/').pop(), Math.round(t.startTime), Math.round(t.duration)])));
    console.log('breakdown', JSON.stringify(a['mainthread-work-breakdown'].details.items.map((t) => [t.group, Math.round(t.duration)])));
    console.log('bootup', JSON.stringify(a['bootup-time'].details.items.map((t) => [t.url.split('/').pop(), Math.round(t.total), Math.round(t.scripting), Math.round(t.scriptParseCompile)])));
  }
  await chrome.kill();
}
server.close();
