/** An SVG picture drawn as a PNG in headless Chromium (the .xlsx export's charts); null without Chromium. */
import { adaChromium, bukaChromium } from './chromium';

export async function svgKePng(svg: string, ukuran: { width: number; height: number }): Promise<Buffer | null> {
  if (!adaChromium()) return null;
  const chromium = await bukaChromium(ukuran);
  try {
    const page = await chromium.browser.newPage();
    await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
    return await page.locator('svg').screenshot();
  } finally {
    await chromium.close();
  }
}
