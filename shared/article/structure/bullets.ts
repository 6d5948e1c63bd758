/** A line of a bulleted list: "* Rate raised to 7.75%", "• Permits move online", "- Most economists had forecast a hold". */
export const isBullet = (line: string) => /^[*•·▪◦–-]\s+\S/u.test(line.trim());
