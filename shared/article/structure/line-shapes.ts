/** Shapes of a line of copy that several recognisers look at. */

/** A line of a bulleted list: "* Rate raised to 7.75%", "• Permits move online", "- Most economists had forecast a hold". */
export const isBullet = (line: string) => /^[*•·▪◦–-]\s+\S/u.test(line.trim());

/** Ends as a sentence or a clause does (a full stop, a colon, a comma…), perhaps inside closing quotes or brackets. */
export const endsLikeSentence = (text: string) => /[.!:;,…]["”’')]*$/.test(text.trim());
