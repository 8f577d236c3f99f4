/** The field app's version from apps/field/package.json, set by vite.config.ts. */
declare const __APP_VERSION__: string;
