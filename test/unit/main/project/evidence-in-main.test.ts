import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { projectView } from '../../../../shared/sources/source-summary';
import { buildEvidenceIndex, suggestEvidence } from '../../../../shared/evidence/evidence-index';
import { loadProjectFile } from '../../../../main/services/project-file/project-io';
import { createEmptyProject } from '../../../../shared/project/new-project';
import { DEMO, handlerSetup } from '../../helpers/handler-setup';

/** Evidence suggestions ranked in main, over the source texts main keeps per open project. */

const setups: ReturnType<typeof handlerSetup>[] = [];
afterEach(async () => {
  for (const { handlers } of setups.splice(0)) await handlers.closeProjectFile();
});

function setup() {
  const created = handlerSetup();
  setups.push(created);
  return created;
}

async function demoSources() {
  const loaded = await loadProjectFile(DEMO);
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.project.sources;
}

/** A sentence of the source, with a word dropped, as a checker would restate it. */
function claimFrom(text: string): string {
  const sentence = text.split(/(?<=\.)\s+/).find((candidate) => candidate.split(' ').length > 8)!;
  return sentence.split(' ').slice(1).join(' ');
}

describe('evidence suggestions in main', () => {
  it('rank the opened project’s sources exactly as the shared index does, with no text sent by the window', async () => {
    const { handlers } = setup();
    const opened = await handlers.openDemoProject();
    if (!opened.ok) throw new Error(opened.message);
    const sources = await demoSources();
    const claimText = claimFrom(sources[1].text);
    const answer = await handlers.suggestEvidence({
      session: opened.session,
      claimText,
      sourceIds: sources.map((s) => s.id),
      top: 5,
    });
    const expected = suggestEvidence(buildEvidenceIndex(sources), claimText, { top: 5 });
    expect(expected.length).toBeGreaterThan(0);
    expect(answer).toEqual({ ok: true, suggestions: expected });
    expect(answer.ok && answer.suggestions[0].sourceId).toBe(sources[1].id);
  });

  it('ask for the text of a source added in the window, then use it', async () => {
    const { handlers } = setup();
    const session = 'made-in-window';
    const pasted = {
      id: 'src_pasted',
      text: 'The ferry timetable was cut to four crossings a day after the harbour board vote in March.',
    };
    const request = { session, claimText: 'ferry crossings cut to four a day', sourceIds: [pasted.id], top: 3 };
    expect(await handlers.suggestEvidence(request)).toEqual({ ok: false, missingSourceIds: [pasted.id] });
    expect(await handlers.putSourceTexts(session, [pasted])).toEqual({ changed: 1 });
    // The same text again is nothing new for the file (a collaborator's copy of a text main has).
    expect(await handlers.putSourceTexts(session, [pasted])).toEqual({ changed: 0 });
    const answer = await handlers.suggestEvidence(request);
    expect(answer.ok && answer.suggestions.map((s) => s.text)).toEqual([pasted.text]);
  });

  it('leave out a removed source, and bring it back on Undo without the text being sent again', async () => {
    const { handlers } = setup();
    const opened = await handlers.openDemoProject();
    if (!opened.ok) throw new Error(opened.message);
    const sources = await demoSources();
    const claimText = claimFrom(sources[0].text);
    const ask = (ids: string[]) =>
      handlers.suggestEvidence({ session: opened.session, claimText, sourceIds: ids, top: 5 });
    const all = sources.map((s) => s.id);
    const withoutFirst = all.filter((id) => id !== sources[0].id);
    const before = await ask(all);
    expect(before.ok && before.suggestions.some((s) => s.sourceId === sources[0].id)).toBe(true);
    const removed = await ask(withoutFirst);
    expect(removed.ok && removed.suggestions.some((s) => s.sourceId === sources[0].id)).toBe(false);
    expect(await ask(all)).toEqual(before);
  });

  it('keep answering other calls (a save) while the first index is being built', async () => {
    const { handlers, answers, dir } = setup();
    answers.save = path.join(dir, 'meanwhile');
    const opened = await handlers.openDemoProject();
    if (!opened.ok) throw new Error(opened.message);
    const paragraph =
      'The council approved a rise of 4.5 per cent in water bills for the coming year, citing pipe repairs. ';
    const many = Array.from({ length: 600 }, (_, i) => ({
      id: `src_${i}`,
      text: `${paragraph.repeat(40)}Report number ${i} ends here.`,
    }));
    await handlers.putSourceTexts(opened.session, many);
    const order: string[] = [];
    const suggested = handlers
      .suggestEvidence({
        session: opened.session,
        claimText: 'water bills rise 4.5 per cent',
        sourceIds: many.map((s) => s.id),
        top: 5,
      })
      .then(() => order.push('suggested'));
    const project = projectView(createEmptyProject(new Date()));
    const saved = handlers
      .saveProjectAs({ path: null, session: opened.session, project, suggestedName: 'meanwhile' })
      .then((result) => order.push(`saved:${result.ok}`));
    await Promise.all([suggested, saved]);
    expect(order).toEqual(['saved:true', 'suggested']);
  });

  it('refuse a malformed request at the boundary', async () => {
    const { handlers } = setup();
    const { dispatchCall } = await import('../../../../main/dispatch');
    await expect(
      dispatchCall(handlers, 'suggestEvidence', [{ session: '', claimText: 'x', sourceIds: [], top: 5 }]),
    ).rejects.toThrow(/Invalid arguments for suggestEvidence/);
    await expect(dispatchCall(handlers, 'putSourceTexts', ['s', [{ id: 'a' }]])).rejects.toThrow(
      /Invalid arguments for putSourceTexts/,
    );
  });
});
