/** A labelled select over a fixed list of choices (numbers or strings), each shown by its own text. */
export function ChoiceField<T extends string | number>({
  label,
  value,
  choices,
  textOf,
  onChoose,
}: {
  label: string;
  value: T;
  choices: readonly T[];
  textOf: (choice: T) => string;
  onChoose: (choice: T) => void;
}) {
  return (
    <label className="form-field">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChoose(choices[event.target.selectedIndex])}>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {textOf(choice)}
          </option>
        ))}
      </select>
    </label>
  );
}
