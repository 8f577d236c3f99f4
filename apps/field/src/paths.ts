const base = import.meta.env.BASE_URL; // '/m/'

/**
 * Full URL paths of the app's pages. The router runs without a basename on purpose: with
 * basename '/m', React Router writes the home page as '/m', which is outside the service
 * worker's scope '/m/', so a reload there would not work offline.
 */
export const paths = {
  tasks: base,
  mine: `${base}mine`,
  login: `${base}login`,
} as const;
