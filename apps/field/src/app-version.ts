/** Shown on 我的 and the login page, so support can tell which build an officer runs. */
export const appVersion: string = __APP_VERSION__;
