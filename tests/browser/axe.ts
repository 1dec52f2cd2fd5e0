import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';

const AXE = require.resolve('axe-core/axe.min.js');

/** The violations axe-core finds that a person would hit: serious or critical, with the offending elements. */
export async function pelanggaranAxe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const hasil = (await page.evaluate(() =>
    (window as unknown as { axe: { run(ctx: Document): Promise<unknown> } }).axe.run(document),
  )) as AxeResults;
  return hasil.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
