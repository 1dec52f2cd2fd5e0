/**
 * Builds what clasp pushes: dist/Code.js, dist/appsscript.json and the sidebar's dist/Sidebar.html.
 *
 * esbuild bundles src/server/index.ts into one IIFE; gas-entry-generator (the engine of gas-webpack-plugin, used
 * directly because webpack itself is not) writes a top-level `function name() {}` for each export, which Apps Script
 * needs to find menu handlers, triggers and google.script.run endpoints.
 */
import { build } from 'esbuild';
import { generate } from 'gas-entry-generator';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { buildSidebar } from './build-sidebar';

const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist');
const BUNDLE_NAME = 'PengukuranKinerja';

async function bundleServer(): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'src/server/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: BUNDLE_NAME,
    target: 'es2020',
    platform: 'neutral',
    charset: 'utf8',
    write: false,
    legalComments: 'none',
  });
  return result.outputFiles[0].text;
}

/** Loads the bundle in an empty context (as Apps Script does on every run) and lists its exports. */
function exportedNames(bundle: string): string[] {
  const context: Record<string, unknown> = {};
  runInNewContext(`${bundle}\nthis.__names = Object.keys(${BUNDLE_NAME});`, context);
  return context.__names as string[];
}

export function assertAppsScriptSafe(code: string): void {
  const offending = [/^\s*import\s/m, /^\s*export\s/m, /\brequire\(/].filter((re) => re.test(code));
  if (offending.length)
    throw new Error(`Code.js must not contain import, export or require(: found ${offending.join(', ')}`);
}

export function composeCodeJs(bundle: string, names: string[]): string {
  const assignments = names.map((n) => `exports.${n} = ${BUNDLE_NAME}.${n};`).join('\n');
  const entries = generate(assignments, {
    comment: false,
    autoGlobalExports: true,
    exportsIdentifierName: BUNDLE_NAME,
    globalIdentifierName: 'globalThis',
  });
  return [
    '// Dibangun dari src/ oleh scripts/build.ts. Jangan disunting langsung.',
    entries.entryPointFunctions,
    bundle,
    entries.globalAssignments,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  mkdirSync(DIST, { recursive: true });
  const bundle = await bundleServer();
  const code = composeCodeJs(bundle, exportedNames(bundle));
  assertAppsScriptSafe(code);
  writeFileSync(join(DIST, 'Code.js'), code);
  copyFileSync(join(ROOT, 'appsscript.json'), join(DIST, 'appsscript.json'));
  await buildSidebar(ROOT, DIST);
  console.log(`dist/Code.js ${(code.length / 1024).toFixed(0)} KB`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}

export { readFileSync };
