/**
 * Lists every Apps Script method src/server calls, with its call sites and the conformance tests that pin it
 * (`npm run metode-apps-script`); tests/emulator/conformance/coverage.test.ts fails on an unpinned one.
 */
import { appsScriptCalls } from '../tests/emulator/conformance/inventory';
import { conformancePins, pinsByMethod } from '../tests/emulator/conformance/registry';

const calls = appsScriptCalls();
const pins = pinsByMethod(conformancePins());
for (const { method, at } of calls) {
  const pinnedBy = pins.get(method) ?? [];
  console.log(`${method}  (${at.length} call${at.length === 1 ? '' : 's'})`);
  console.log(`  called at ${at.join(', ')}`);
  console.log(pinnedBy.length ? pinnedBy.map((p) => `  pinned at ${p.at} — ${p.source}`).join('\n') : '  NOT PINNED');
}
const unpinned = calls.filter((c) => !pins.has(c.method)).length;
console.log(`\n${calls.length} methods, ${calls.length - unpinned} pinned, ${unpinned} not pinned`);
