import { saveProjectFile } from '../../../main/services/project-file/project-io';
import { growingProject } from './growing-project';

/**
 * Run by save-survives-sigkill.test.ts: saves versions start, start+1, ...
 * of a growing project to FILE until killed, announcing each save on stdout
 * before it starts ("saving N") and after it is on disk ("saved N").
 */
const [file, startText] = process.argv.slice(2);

async function loop(): Promise<void> {
  for (let version = Number(startText); ; version += 1) {
    process.stdout.write(`saving ${version}\n`);
    await saveProjectFile(file, growingProject(version));
    process.stdout.write(`saved ${version}\n`);
  }
}

void loop();
