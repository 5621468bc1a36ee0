// chromium.mjs: Debian's Chromium driven by playwright-core, for the browser
// tests. Never downloads a browser: it uses /usr/bin/chromium (or one on
// PATH), which scripts/setup.sh installs. Without one, tests skip locally
// and fail under CI (CI=true), where a skipped browser test would hide a gap.
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run',
];

export function findChromium() {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return null;
}

/** A launched browser, or null after t.skip() when none is installed (outside CI). */
export async function launch(t) {
  const executablePath = findChromium();
  if (!executablePath) {
    if (process.env.CI) throw new Error('no Chromium installed (scripts/setup.sh installs Debian\'s chromium)');
    t.skip('no chromium installed');
    return null;
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}
