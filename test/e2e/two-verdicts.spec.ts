import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { docFromState } from '../../main/project-doc/document-state';
import { readClaim } from '../../shared/project-doc/claim-record';
import { claimsOf } from '../../shared/project-doc/layout';
import { DEMO_PROJECT } from './harness';
import { claimRows } from './editor-helpers';
import { expect, test } from './fixtures';

/** Issue 18 item 1: two verdicts set at once in two copies are both on the card, with who and when; the checker keeps one. */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a project file edited as loose JSON, as a person edits it by hand
type Json = Record<string, any>;

test('the card shows both verdicts set at once, with who and when; keeping one settles it, in the file and its document', async ({
  launch,
  tempDir,
}) => {
  const doc = JSON.parse(readFileSync(DEMO_PROJECT, 'utf8'));
  Object.assign(
    doc.claims.find((claim: Json) => claim.id === 'clm_leak'),
    {
      verdict: 'accurate',
      verdictBy: 'Lee Park',
      verdictConflict: [
        { value: 'false', by: 'Kim Adeyemi', at: '2026-12-01T10:00:00.000Z' },
        { value: 'accurate', by: 'Lee Park', at: '2026-12-01T10:05:00.000Z' },
      ],
    },
  );
  const file = path.join(tempDir, 'story.factdesk');
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);

  const { page } = await launch({ projectPath: file });
  await claimRows(page).filter({ hasText: 'According to Calder Water' }).click();
  const card = page.getByRole('region', { name: 'Claims' }).getByRole('region', { name: 'Claim 3' });
  const both = card.getByRole('group', { name: 'Two verdicts' });
  await expect(both).toContainText('Kim Adeyemi');
  await expect(both).toContainText('Lee Park');
  await expect(both).toContainText('1 Dec 2026');
  await page.screenshot({ path: path.join(os.tmpdir(), 'factdesk-two-verdicts.png') });

  await both.getByRole('button', { name: 'Keep “False”' }).click();
  await expect(both).toBeHidden();
  await expect(card.getByRole('combobox', { name: 'Verdict' })).toHaveValue('false');
  await page.keyboard.press('Control+s');
  await expect(page).toHaveTitle('story — Factdesk');

  const saved = JSON.parse(readFileSync(file, 'utf8'));
  const claim = saved.claims.find((c: Json) => c.id === 'clm_leak');
  expect(claim.verdict).toBe('false');
  expect(claim.verdictConflict).toBeUndefined();
  // The document state agrees: the log's two heads are replaced by the checker's choice, so a later merge does not bring the conflict back.
  const record = readClaim(claimsOf(docFromState(saved.yjs)).get('clm_leak')!);
  expect([record.verdict, record.verdictConflict]).toEqual(['false', undefined]);
});
