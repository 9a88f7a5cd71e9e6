// How numbers and times read on screen.

const numbers = new Intl.NumberFormat('en');

export function formatCount(value: number): string {
  return numbers.format(value);
}

/** "4 s ago", "3 min ago", "2 h ago", "5 d ago"; "just now" under a second (clocks differ a little). */
export function formatAge(iso: string, now: number): string {
  const seconds = Math.round((now - Date.parse(iso)) / 1000);
  if (seconds < 1) return 'just now';
  if (seconds < 60) return `${seconds} s ago`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} h ago`;
  return `${Math.floor(seconds / 86_400)} d ago`;
}

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });
}
