import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatchCall, InvalidCallError } from '../../../main/dispatch';
import { API, API_METHODS, type ApiMethod } from '../../../shared/api';
import { handlerSetup } from '../helpers/handler-setup';

/**
 * Every method in the contract, called with malformed arguments, is refused
 * before it runs: no dialog, no event, no file written or settings changed.
 */

const EVERYWHERE_WRONG: unknown[][] = [
  [42],
  [null, null, null],
  [{ __proto__: { polluted: true } }],
  ['x'.repeat(5000)],
  [[]],
  [undefined, 'extra'],
];

/** For methods with arguments: the right count, each of the wrong type. */
function wrongTypesFor(method: ApiMethod): unknown[][] {
  const arity = API[method].args.def.items.length;
  if (arity === 0) return [['unexpected']];
  return [Array(arity).fill(12345), Array(arity).fill({}), [...Array(arity).fill(null), 'one too many']];
}

function snapshotOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[path.relative(dir, full)] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return out;
}

describe('dispatchCall with malformed arguments', () => {
  it('covers every method in the contract', () => {
    expect(API_METHODS.length).toBeGreaterThanOrEqual(16);
  });

  for (const method of API_METHODS) {
    it(`${method}: refuses each malformed call and changes nothing`, async () => {
      let dialogs = 0;
      let closed = 0;
      const { handlers, dir, events } = handlerSetup({
        dialogs: {
          chooseProjectToOpen: async () => (dialogs++, null),
          chooseSavePath: async () => (dialogs++, null),
          chooseArticleToImport: async () => (dialogs++, null),
          chooseExportPath: async () => (dialogs++, null),
          chooseSourceFile: async () => (dialogs++, null),
        },
        closeWindow: () => void closed++,
      });
      const before = snapshotOf(dir);
      // A shape that happens to be valid for this method (a long string for findClaims) is not malformed here.
      const malformed = [...EVERYWHERE_WRONG, ...wrongTypesFor(method)].filter(
        (args) => !API[method].args.safeParse(args).success,
      );
      expect(malformed.length).toBeGreaterThanOrEqual(3);
      for (const args of malformed) {
        await expect(
          dispatchCall(handlers, method, args),
          `${method}(${JSON.stringify(args)?.slice(0, 60)})`,
        ).rejects.toBeInstanceOf(InvalidCallError);
      }
      await expect(dispatchCall(handlers, method, 'not-an-array')).rejects.toBeInstanceOf(InvalidCallError);
      expect(snapshotOf(dir)).toEqual(before);
      expect({ dialogs, closed, events }).toEqual({ dialogs: 0, closed: 0, events: [] });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }
});
