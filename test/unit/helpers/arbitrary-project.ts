import fc from 'fast-check';
import { bodyOf, markNode, paragraphNode, textNode } from '../../../shared/article/lexical-json';
import { REVIEW_STATUSES, STANCES, type Project } from '../../../shared/project/schema';
import { VERDICTS } from '../../../shared/claims/verdicts';

/** Random but valid projects (unique ids, links that point at real claims and sources). */

const text = (max: number) => fc.string({ maxLength: max, unit: 'binary' });
const date = fc.integer({ min: 946_684_800_000, max: 4_102_444_800_000 }).map((ms) => new Date(ms).toISOString());
const anchor = fc.record({
  position: fc.record({ start: fc.nat(5000), end: fc.nat(5000) }),
  quote: fc.record({ exact: text(40), prefix: text(20), suffix: text(20) }),
});
const idList = (prefix: string, max: number) =>
  fc.uniqueArray(fc.nat(10_000), { maxLength: max }).map((ids) => ids.map((id) => `${prefix}_${id}`));

const comment = (id: string) =>
  fc.record({
    id: fc.constant(id),
    author: text(20),
    text: text(30),
    createdAt: date,
    editedAt: fc.option(date, { nil: null }),
    resolved: fc.boolean(),
    kind: fc.constantFrom('comment', 'request-changes', 'approval') as fc.Arbitrary<
      'comment' | 'request-changes' | 'approval'
    >,
  });

const claim = (id: string, number: number) =>
  idList('cm', 3).chain((commentIds) =>
    fc.record({
      id: fc.constant(id),
      markId: fc.constant(`mark_${id}`),
      anchor,
      tags: fc.record({
        attributed: fc.option(fc.record({ speaker: text(30) }), { nil: null }),
        disputed: fc.option(fc.record({ reason: text(30) }), { nil: null }),
        free: fc.array(fc.string({ minLength: 1, maxLength: 20 }), { maxLength: 3 }),
      }),
      number: fc.constant(number),
      verdict: fc.constantFrom(...VERDICTS),
      verdictBy: text(20),
      note: text(40),
      publicExplanation: text(40),
      noEvidenceReason: text(20),
      notForPublication: fc.option(fc.record({ reason: text(20), by: text(20), at: date }), { nil: null }),
      status: fc.constantFrom(...REVIEW_STATUSES),
      comments: fc.tuple(...commentIds.map(comment)),
      orphaned: fc.boolean(),
      createdBy: text(20),
      createdAt: date,
      updatedBy: text(20),
      updatedAt: date,
    }),
  );

export const arbitraryProject: fc.Arbitrary<Project> = fc
  .record({
    claimIds: idList('clm', 4),
    sourceIds: idList('src', 3),
    linkIds: idList('ev', 4),
    logIds: idList('log', 4),
  })
  .chain(({ claimIds, sourceIds, linkIds, logIds }) =>
    fc.record({
      format: fc.constant('factdesk-project' as const),
      version: fc.constant(2 as const),
      id: fc.constant('prj_fuzz'),
      createdAt: date,
      updatedAt: date,
      article: fc.record({
        title: text(60),
        outlet: text(30),
        byline: text(30),
        url: text(40),
        publishedDate: date,
        body: fc
          .array(text(40), { minLength: 1, maxLength: 4 })
          .map((paragraphs) =>
            bodyOf(
              paragraphs.map((p, i) =>
                paragraphNode([
                  i < claimIds.length ? markNode([`mark_${claimIds[i]}`], [textNode(p || 'x')]) : textNode(p),
                ]),
              ),
            ),
          ),
      }),
      claims: fc.tuple(...claimIds.map((id, i) => claim(id, i + 1))),
      sources: fc.tuple(
        ...sourceIds.map((id) =>
          fc.record({
            id: fc.constant(id),
            title: text(40),
            outlet: text(20),
            author: text(20),
            url: text(40),
            fileName: text(20),
            accessedAt: date,
            publishedDate: fc.oneof(
              fc.constant(''),
              date.map((iso) => iso.slice(0, 10)),
            ),
            text: text(120),
          }),
        ),
      ),
      evidence:
        claimIds.length === 0 || sourceIds.length === 0
          ? fc.constant([])
          : fc.tuple(
              ...linkIds.map((id) =>
                fc.record({
                  id: fc.constant(id),
                  claimId: fc.constantFrom(...claimIds),
                  sourceId: fc.constantFrom(...sourceIds),
                  stance: fc.constantFrom(...STANCES),
                  anchor,
                  note: text(40),
                  createdBy: text(20),
                  createdAt: date,
                }),
              ),
            ),
      activity: fc.tuple(
        ...logIds.map((id) =>
          fc.record({
            id: fc.constant(id),
            at: date,
            actor: text(20),
            action: fc.constantFrom('marked', 'rated', 'linked evidence'),
            claimId: fc.option(fc.constantFrom('clm_gone', ...claimIds), { nil: null }),
            detail: text(40),
          }),
        ),
      ),
      signOff: fc.option(
        fc.record({
          by: text(20),
          at: date,
          approved: fc.array(fc.nat(9)),
          notForPublication: fc.array(fc.nat(9)),
          notReviewed: fc.array(fc.nat(9)),
        }),
        { nil: null },
      ),
      nextClaimNumber: fc.integer({ min: claimIds.length + 1, max: claimIds.length + 5 }),
      review: fc.record({
        twoPersonRule: fc.boolean(),
        reviewUrl: text(40),
        organisationName: text(20),
        organisationUrl: text(40),
      }),
      dismissedSuggestions: fc.array(text(30), { maxLength: 3 }),
    }),
  ) as fc.Arbitrary<Project>;
