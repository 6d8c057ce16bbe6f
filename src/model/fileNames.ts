/** File names after what they hold: a deck's or story's title, kept readable (Chinese included). */
export function slideFileName(title: string, ext: string): string {
  const base = title
    .normalize("NFC")
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ")
    .replace(/[\s\u3000]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "")
    .slice(0, 80);
  return `${base || "liaison"}.${ext}`;
}
