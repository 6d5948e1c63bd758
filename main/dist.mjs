// `npm run dist`: electron-builder, with the update feed taken from FACTDESK_UPDATE_URL (the address of
// the folder that will hold latest.yml). Without it the installers are built with no update feed: the
// app's Help → Check for Updates… then says so and never goes online.
import { spawnSync } from 'node:child_process';

const feed = process.env.FACTDESK_UPDATE_URL || 'none';
if (feed === 'none') console.log('FACTDESK_UPDATE_URL is not set: building without an update feed.');
const result = spawnSync('npx', ['electron-builder', '--config', 'electron-builder.yml', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, FACTDESK_UPDATE_URL: feed },
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
