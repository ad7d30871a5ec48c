/** Words as a reader counts them: runs of letters, marks or digits between spaces and punctuation. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}\p{M}]+(?:['’\u0640-][\p{L}\p{N}\p{M}]+)*/gu)?.length ?? 0;
}
