// Screen rectangles, as Playwright's boundingBox() and getBoundingClientRect() give them.
import type { Page } from 'playwright-core';

export type Box = { x: number; y: number; width: number; height: number };

/** Whether two boxes overlap, or come within `margin` of each other. */
export const overlaps = (a: Box, b: Box, margin = 0): boolean =>
  a.x - margin < b.x + b.width && b.x - margin < a.x + a.width && a.y - margin < b.y + b.height && b.y - margin < a.y + a.height;

export const contains = (outer: Box, inner: Box): boolean =>
  outer.x <= inner.x && outer.y <= inner.y && outer.x + outer.width >= inner.x + inner.width && outer.y + outer.height >= inner.y + inner.height;

/** The box of the first element matching `selector`; fails if it is not on screen. */
export async function boxOf(page: Page, selector: string): Promise<Box> {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`not on screen: ${selector}`);
  return found;
}
