import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { readBuiltFile } from '../harness/script';

const ROOT = join(__dirname, '../..');

/** The exports of src/server/index.ts, read from its source: each must become a top-level function of Code.js. */
function declaredExports(): string[] {
  const source = readFileSync(join(ROOT, 'src/server/index.ts'), 'utf8');
  return [...source.matchAll(/^export function (\w+)/gm)].map((m) => m[1]);
}

describe('dist/Code.js, the file clasp pushes', () => {
  const code = readBuiltFile('Code.js');

  it('declares one top-level function per export of src/server/index.ts, onOpen and onInstall among them', () => {
    const names = declaredExports();
    expect(names).toEqual(expect.arrayContaining(['onOpen', 'onInstall']));
    for (const name of names) expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
  });

  it('contains no import, export or require(', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\(/);
  });

  it('loads in an empty context without throwing and without touching any service', () => {
    // Apps Script runs all top-level code on every execution: an empty context has no services, so any call would throw.
    const context = createContext({});
    expect(() => runInContext(code, context)).not.toThrow();
    for (const name of declaredExports()) expect(typeof context[name]).toBe('function');
  });

  it('replaces each stub with the bundled implementation', () => {
    const context = createContext({});
    runInContext(code, context);
    expect(String(context.onOpen)).not.toMatch(/^function onOpen\(\) \{\s*\}$/);
  });
});

describe('appsscript.json', () => {
  const manifest = JSON.parse(readBuiltFile('appsscript.json')) as {
    runtimeVersion: string;
    timeZone: string;
    exceptionLogging: string;
    oauthScopes: string[];
  };

  it('runs on V8 in Asia/Jakarta with exception logging', () => {
    expect(manifest).toMatchObject({ runtimeVersion: 'V8', timeZone: 'Asia/Jakarta', exceptionLogging: 'STACKDRIVER' });
  });

  it('lists its OAuth scopes explicitly, never the full Gmail scope, each justified in the README', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(manifest.oauthScopes.length).toBeGreaterThan(0);
    expect(manifest.oauthScopes).not.toContain('https://mail.google.com/');
    for (const scope of manifest.oauthScopes) expect(readme).toContain(scope);
  });
});

describe('clasp', () => {
  it('would push only appsscript.json, Code.js and the HTML files (allow-list .claspignore)', () => {
    const out = execFileSync(join(ROOT, 'node_modules/.bin/clasp'), ['show-file-status', '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const status = JSON.parse(out.slice(out.indexOf('{'))) as { filesToPush: string[] };
    expect(status.filesToPush.length).toBeGreaterThanOrEqual(3);
    for (const file of status.filesToPush) expect(file).toMatch(/^dist\/(appsscript\.json|Code\.js|[\w-]+\.html)$/);
    expect(status.filesToPush).toEqual(expect.arrayContaining(['dist/Code.js', 'dist/appsscript.json']));
  });
});
