/**
 * Schema validation rebuilds every object with the schema's keys first and
 * any others after. To save a file as it was read, keys go back into the
 * order of the document they came from; keys the schema added (defaults) follow.
 */

type Plain = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function inKeyOrderOf<T>(output: T, input: unknown): T {
  // Passed through untouched (the article body): already in its own order.
  if ((output as unknown) === input) return output;
  if (Array.isArray(output) && Array.isArray(input))
    return output.map((item, index) => inKeyOrderOf(item, input[index])) as T;
  if (!isPlainObject(output) || !isPlainObject(input)) return output;
  const ordered: Plain = {};
  for (const key of Object.keys(input))
    if (Object.hasOwn(output, key)) ordered[key] = inKeyOrderOf(output[key], input[key]);
  for (const key of Object.keys(output)) if (!Object.hasOwn(ordered, key)) ordered[key] = output[key];
  return ordered as T;
}
