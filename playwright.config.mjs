// End-to-end tests: Debian's Chromium (never a downloaded browser) against the release build
// in dist/, served on 127.0.0.1 by e2e/serve.mjs.
import { defineConfig } from '@playwright/test';

// One time zone for the tests' side and the browser's, with daylight-saving changes, so that
// E2E_TODAY (e2e/today.mjs) can be set to a changeover day. E2E_TZ picks another.
const TIME_ZONE = process.env.E2E_TZ ?? 'Europe/Berlin';
process.env.TZ = TIME_ZONE;

const PORT = Number(process.env.E2E_PORT ?? 8081);
// The folder with the release build; a second checkout or helper can point at its own.
const DIST = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    timezoneId: TIME_ZONE,
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  },
  webServer: {
    command: `node e2e/serve.mjs ${DIST} ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
