// Measures the handoff's heavy work in Debian's chromium against the release bundle (run
// scripts/build first), and the same scrypt work in Debian's native `age` CLI. Prints
// figures; asserts nothing.
//   node scripts/bench-handoff.mjs
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start } from '../tests/e2e/harness.mjs';

const PASSPHRASE = 'correct horse battery staple';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const env = await start();
let armored;
try {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${env.origin}/`);
  const results = await page.evaluate(async ({ PASSPHRASE }) => {
    const worker = new Worker('worker.js', { type: 'module' });
    const answers = [];
    let wake;
    worker.onmessage = (event) => { answers.push(JSON.parse(event.data)); wake?.(); };
    const next = () => new Promise((done) => { if (answers.length) done(); else wake = done; }).then(() => answers.shift());
    let started = performance.now();
    await next(); // "ready"
    const load = performance.now() - started;
    const ask = async (request) => { const t = performance.now(); worker.postMessage(JSON.stringify(request)); const answer = await next(); return [performance.now() - t, answer]; };
    const profile = { edition: 'standard', app_name: 'Expensify', authorizing_admin: { first_name: 'John', last_name: 'Smith', email: 'john.smith@acme.com' } };
    const long = 'Tr0ub4dor&3-correct-horse-battery-staple-'.repeat(3).slice(0, 100);
    const check = [];
    for (let i = 0; i < 7; i++) check.push((await ask({ check: { id: i + 1, password: long, profile, policy: { min_length: 12 } } }))[0]);
    const packet = { schema: 'wsadmin-prep/handoff@1', created_at: '2026-11-28T10:00:00Z', edition: 'standard', app_name: 'Expensify', login_id: 'WSAdmin-Expensify@acme.com', password: 'vR7#q2Lm!x9Tz@4Wk', activated: true };
    const [sealMs, sealed] = await ask({ seal: { id: 100, packet, to: { passphrase: PASSPHRASE } } });
    const opens = [];
    for (let i = 0; i < 3; i++) opens.push((await ask({ open: { id: 200 + i, sealed: sealed.sealed.armored, with: { passphrase: PASSPHRASE } } }))[0]);
    worker.terminate();
    return { load, check, sealMs, opens, armored: sealed.sealed.armored };
  }, { PASSPHRASE });
  armored = results.armored;
  console.log(`worker start (module load and compile): ${results.load.toFixed(0)} ms`);
  console.log(`zxcvbn + password rules, 100-character password: median ${median(results.check).toFixed(1)} ms (first ${results.check[0].toFixed(1)} ms)`);
  console.log(`browser seal at work factor 18, including the check that reopens it (2 scrypt runs): ${results.sealMs.toFixed(0)} ms`);
  const browserOpen = median(results.opens);
  console.log(`browser open at work factor 18 (1 scrypt run): median ${browserOpen.toFixed(0)} ms`);

  const dir = mkdtempSync(join(tmpdir(), 'wsadmin-prep-bench-'));
  const file = join(dir, 'packet.age');
  writeFileSync(file, armored);
  // age reads the passphrase from a terminal: run it under a pty (util-linux `script`) and
  // let bash time age alone, so the pty's own start-up is not counted.
  const timing = join(dir, 'time.txt');
  const runAge = () => new Promise((done) => {
    const command = `bash -c 'TIMEFORMAT=%R; { time age -d -o /dev/null ${file} ; } 2> ${timing}'`;
    const child = spawn('script', ['-qec', command, '/dev/null'], { stdio: ['pipe', 'ignore', 'ignore'] });
    child.stdin.end(`${PASSPHRASE}\n`);
    child.on('exit', () => done(1000 * Number(readFileSync(timing, 'utf8').trim().split('\n').pop())));
  });
  const native = [];
  for (let i = 0; i < 3; i++) native.push(await runAge());
  const nativeOpen = median(native);
  console.log(`native age ${execFileSync('age', ['--version'], { encoding: 'utf8' }).trim()} open at work factor 18: median ${nativeOpen.toFixed(0)} ms`);
  console.log(`browser / native age for one scrypt run at work factor 18: ${(browserOpen / nativeOpen).toFixed(2)}x`);
  await context.close();
} finally {
  await env.stop();
}
