import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, Preferences, preferencesFrom } from '../../../../shared/settings/preferences';
import { MAX_COLOURED_TAGS, withTagColour } from '../../../../shared/claims/tag-colours';
import { VERDICT_LABEL_MAX, verdictLabel } from '../../../../shared/claims/verdict-labels';

describe('preferences: backups, autosave, verdict labels and tag colours', () => {
  it('defaults every new field: backups a second after edits, no autosave, default labels, plain tags', () => {
    expect(preferencesFrom(undefined)).toEqual(DEFAULT_PREFERENCES);
    expect(DEFAULT_PREFERENCES).toMatchObject({
      backupDelaySeconds: 1,
      autoSave: 'off',
      autoSaveMinutes: 5,
      verdictLabels: {},
      tagColours: {},
    });
    expect(Preferences.safeParse(DEFAULT_PREFERENCES).success).toBe(true);
  });

  it('keeps valid choices read from disk', () => {
    const stored = {
      ...DEFAULT_PREFERENCES,
      backupDelaySeconds: 0,
      autoSave: 'on-focus-change',
      autoSaveMinutes: 10,
      verdictLabels: { 'mostly-accurate': 'Largely accurate' },
      tagColours: { budget: 'teal' },
    };
    expect(preferencesFrom(stored)).toEqual(stored);
  });

  it('repairs hand-edited values: a bad interval or mode falls back to its default', () => {
    const repaired = preferencesFrom({ backupDelaySeconds: 7, autoSave: 'always', autoSaveMinutes: 0 });
    expect(repaired).toMatchObject({ backupDelaySeconds: 1, autoSave: 'off', autoSaveMinutes: 5 });
  });

  it('keeps the valid verdict labels and tag colours of a hand-edited file, entry by entry', () => {
    const repaired = preferencesFrom({
      verdictLabels: { false: 'Wrong', mixed: 42, bogus: 'x', misleading: 'y'.repeat(VERDICT_LABEL_MAX + 1) },
      tagColours: { budget: 'teal', crime: 'pink', '': 'blue', health: 3 },
    });
    expect(repaired.verdictLabels).toEqual({ false: 'Wrong' });
    expect(repaired.tagColours).toEqual({ budget: 'teal' });
    expect(preferencesFrom({ verdictLabels: 'nonsense', tagColours: [] })).toMatchObject({
      verdictLabels: {},
      tagColours: {},
    });
  });

  it('refuses, when saving, labels that are too long, unknown verdicts and unknown colours', () => {
    const save = (change: Partial<Record<string, unknown>>) =>
      Preferences.safeParse({ ...DEFAULT_PREFERENCES, ...change }).success;
    expect(save({ verdictLabels: { false: 'x'.repeat(VERDICT_LABEL_MAX + 1) } })).toBe(false);
    expect(save({ verdictLabels: { wrong: 'Wrong' } })).toBe(false);
    expect(save({ tagColours: { budget: 'pink' } })).toBe(false);
    expect(save({ backupDelaySeconds: 2 })).toBe(false);
    const many = Object.fromEntries(Array.from({ length: MAX_COLOURED_TAGS + 1 }, (_, i) => [`tag${i}`, 'blue']));
    expect(save({ tagColours: many })).toBe(false);
    expect(preferencesFrom({ tagColours: many }).tagColours).toHaveProperty(`tag${MAX_COLOURED_TAGS - 1}`);
    expect(Object.keys(preferencesFrom({ tagColours: many }).tagColours)).toHaveLength(MAX_COLOURED_TAGS);
  });

  it('shows a verdict by its own label, its default when the label is empty or blank', () => {
    expect(verdictLabel('mostly-accurate', { 'mostly-accurate': 'Largely accurate' })).toBe('Largely accurate');
    expect(verdictLabel('mostly-accurate', { 'mostly-accurate': '  ' })).toBe('Mostly accurate');
    expect(verdictLabel('false')).toBe('False');
  });

  it('sets and clears a tag colour', () => {
    expect(withTagColour({ a: 'red' }, 'b', 'blue')).toEqual({ a: 'red', b: 'blue' });
    expect(withTagColour({ a: 'red', b: 'blue' }, 'a', null)).toEqual({ b: 'blue' });
  });
});
