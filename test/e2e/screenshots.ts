import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';

const REPO_ROOT = path.resolve(__dirname, '../..');

/** every step of every run, git-ignored */
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-results', 'e2e');
/** the README's pictures, rewritten only on request so a test run leaves the working copy alone */
export const DOCS_DIR = path.join(REPO_ROOT, 'docs');

/** empties the results folder: a run's pictures replace the last run's, so none can be stale */
export function resetScreenshotDir(): void {
  rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
}

/** Numbered screenshots of one run's steps, in the order they were taken. */
export class StepScreenshots {
  private taken = 0;

  /** `tidy` runs before every screenshot, e.g. to close a panel that covers the content */
  constructor(
    private readonly page: Page,
    private readonly tidy: () => Promise<void> = async () => undefined,
  ) {}

  /** the whole page, as `NN-name.png` */
  async take(name: string): Promise<string> {
    this.taken += 1;
    const file = path.join(SCREENSHOT_DIR, `${String(this.taken).padStart(2, '0')}-${name}.png`);
    await this.tidy();
    await this.page.screenshot({ path: file });
    return file;
  }

  /**
   * one element for the README: always into the results folder, and into docs/ as well when
   * UPDATE_DOCS_SCREENSHOTS=1
   */
  async takeForDocs(element: Locator, fileName: string): Promise<void> {
    await this.tidy();
    await element.scrollIntoViewIfNeeded();
    await element.screenshot({ path: path.join(SCREENSHOT_DIR, `docs-${fileName}`) });
    if (process.env.UPDATE_DOCS_SCREENSHOTS === '1') {
      mkdirSync(DOCS_DIR, { recursive: true });
      await element.screenshot({ path: path.join(DOCS_DIR, fileName) });
    }
  }

  /** runs one step; when it fails, the page as it was is saved next to the others */
  async step<T>(name: string, action: () => Promise<T>): Promise<T> {
    try {
      const result = await action();
      await this.take(name);
      return result;
    } catch (error) {
      await this.take(`FAILED-${name}`).catch(() => undefined);
      throw error;
    }
  }
}
