/** A labelled text field of the sharing dialogs. */
export function ShareField({
  label,
  value,
  onChange,
  secret,
  placeholder,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  secret?: boolean;
  placeholder?: string;
}) {
  return (
    <label className="form-field">
      <span>{label}</span>
      <input
        type={secret ? 'password' : 'text'}
        value={value}
        maxLength={4096}
        spellCheck={false}
        autoComplete="off"
        placeholder={placeholder}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}

/** What went wrong, read out as it appears; a note while the server is asked. */
export function ShareOutcome({ busy, problem, busyText }: { busy: boolean; problem: string | null; busyText: string }) {
  if (busy) return <p role="status">{busyText}</p>;
  return problem ? (
    <p role="alert" className="form-error">
      {problem}
    </p>
  ) : null;
}
