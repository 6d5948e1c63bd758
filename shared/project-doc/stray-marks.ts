import type { ArticleBody } from '../project/schema';

type Node = { type?: string; ids?: unknown; children?: Node[] } & Record<string, unknown>;

/** Every claim id a highlight in the body names. */
export function markIdsIn(body: ArticleBody): Set<string> {
  const ids = new Set<string>();
  const visit = (node: Node) => {
    if (node.type === 'mark' && Array.isArray(node.ids))
      for (const id of node.ids) if (typeof id === 'string') ids.add(id);
    for (const child of node.children ?? []) visit(child);
  };
  visit(body.root as unknown as Node);
  return ids;
}

/**
 * The body with the highlights of `ids` taken away (their text stays): a
 * highlight whose claim is gone after a merge. A highlight left with no id is
 * replaced by its children.
 */
export function withoutMarks(body: ArticleBody, ids: ReadonlySet<string>): ArticleBody {
  if (ids.size === 0) return body;
  const strip = (node: Node): Node[] => {
    const children = node.children?.flatMap(strip);
    const kept = { ...node, ...(children && { children }) };
    if (node.type !== 'mark' || !Array.isArray(node.ids)) return [kept];
    const left = node.ids.filter((id) => !ids.has(id as string));
    return left.length > 0 ? [{ ...kept, ids: left }] : (children ?? []);
  };
  const [root] = strip(body.root as unknown as Node);
  return { ...body, root: root as unknown as ArticleBody['root'] };
}
