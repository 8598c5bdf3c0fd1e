// The day a build runs, as the id lock records it for events it adds and ids it retires.

/**
 * Today in UTC as `YYYY-MM-DD`, or the day of `SOURCE_DATE_EPOCH` when it is set: the variable
 * reproducible-build tools use to pin a build's clock, so two builds of one commit agree.
 */
export function buildDay(env: Readonly<Record<string, string | undefined>> = process.env, now: Date = new Date()): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const day = env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : now;
  return day.toISOString().slice(0, 10);
}
