/** How many words a text holds: runs between spaces with a letter or a digit in them (not "—" or "&"). */
export const wordCount = (text: string): number => text.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word)).length;
