const KEY = 'zhifa.field.lastUsername';

/** The username of the last successful password step on this phone (never the password). */
export function lastUsername(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberUsername(username: string): void {
  try {
    localStorage.setItem(KEY, username);
  } catch {
    // Storage disabled: the officer types it next time.
  }
}
