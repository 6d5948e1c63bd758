import { useCommittedText } from './use-committed-text';

/** A text field committed as one undoable change on blur, Enter (single line) or a pause in typing. */
export function CommittedInput({
  label,
  value,
  onCommit,
  multiline = false,
  placeholder,
}: {
  label: string;
  value: string;
  onCommit: (v: string) => void;
  multiline?: boolean;
  placeholder?: string;
}) {
  const field = useCommittedText(value, onCommit);
  const props = {
    'aria-label': label,
    value: field.value,
    placeholder,
    onChange: (event: { target: { value: string } }) => field.onChange(event.target.value),
    onBlur: field.onBlur,
  };
  return multiline ? (
    <textarea {...props} rows={3} />
  ) : (
    <input {...props} onKeyDown={(event) => event.key === 'Enter' && field.onBlur()} />
  );
}
