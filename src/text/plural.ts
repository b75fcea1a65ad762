// "1 warning", "2 warnings": counts in messages agree with their number.

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
