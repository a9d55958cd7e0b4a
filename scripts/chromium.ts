/**
 * How the scripts and tests start Debian's Chromium: headless, as root, with a profile of its own
 * and none of its background connections, which this machine's closed network refuses.
 */

/** The flags every headless run takes, with the profile folder it writes to. */
export function headlessFlags(profile: string): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${profile}`,
  ];
}
