/**
 * Personal data on the public pages (一公开): organisations are named, people are not. A person's name
 * keeps its first character; mobile numbers and resident ID numbers inside free text are masked.
 */
export function maskPerson(name: string): string {
  const chars = [...name.trim()];
  return chars.length <= 1 ? '*' : chars[0] + '*'.repeat(chars.length - 1);
}

export function maskText(text: string): string {
  return text
    .replace(/(?<!\d)(\d{6})\d{8}(\d{3}[\dXx])(?!\d)/g, '$1********$2')
    .replace(/(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g, '$1****$2');
}

/** An officer on a public draw page: masked name and the last four characters of the certificate number. */
export const maskOfficer = (o: { name: string; certNo: string }): string => `${maskPerson(o.name)}（执法证 …${o.certNo.slice(-4)}）`;
