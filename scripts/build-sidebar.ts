/** Bundles the sidebar (src/client) into one self-contained HTML file: HtmlService serves a single file. */
import { build } from 'esbuild';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export async function buildSidebar(root: string, dist: string): Promise<void> {
  const js = await build({
    entryPoints: [join(root, 'src/client/sidebar.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    minify: true,
    write: false,
    legalComments: 'none',
  });
  // the style sheets in name order: base, action cards, steps and completeness
  const gaya = join(root, 'src/client/styles');
  const css = readdirSync(gaya)
    .filter((f) => f.endsWith('.css'))
    .sort()
    .map((f) => readFileSync(join(gaya, f), 'utf8'))
    .join('\n');
  const html = readFileSync(join(root, 'src/client/sidebar.html'), 'utf8')
    .replace('/* STYLE */', () => css)
    // a literal "</script" inside the bundle would end the inline script early
    .replace('/* SCRIPT */', () => js.outputFiles[0].text.replace(/<\/script/gi, '<\\/script'));
  writeFileSync(join(dist, 'Sidebar.html'), html);
}
