/**
 * The date sweep: the whole suite in Chromium with the machine's clock and time zone set to awkward
 * moments by libfaketime (Node, the contract server and the browser all see them). Prints one line
 * per moment and the total `N passed, N failed`. Rerun one moment by hand with, for example:
 *
 *   TZ=America/New_York faketime -f '@2027-03-14 01:30:00' npx wtr
 *
 * `DATES=2` runs the second moment only; arguments go to web-test-runner.
 */
import {duration, report, runEngine} from './test-engines.mjs';

export const MOMENTS = [
  {zone: 'UTC', at: '2026-12-31 20:30:00', why: 'the last evening of a year in UTC, already the next year in Hong Kong'},
  {zone: 'America/New_York', at: '2027-03-14 01:30:00', why: 'the night New York springs forward (2:00 → 3:00), a Sunday'},
  {zone: 'Asia/Taipei', at: '2028-02-29 22:30:00', why: 'the last day of February in a leap year, late evening'},
  {zone: 'Asia/Hong_Kong', at: '2027-06-06 08:00:00', why: "a Sunday morning in the demo tenant's own zone (closed on Sundays)"},
];

const picked = process.env.DATES ? process.env.DATES.split(',').map((n) => MOMENTS[Number(n) - 1]).filter(Boolean) : MOMENTS;
const results = [];
for (const moment of picked) {
  process.stdout.write(`\n=== ${moment.zone} ${moment.at}: ${moment.why}\n`);
  const result = await runEngine(process.env.BROWSERS || 'chromium', process.argv.slice(2), {
    command: 'faketime',
    // libfaketime reads the start time in the zone given by TZ, then lets the clock run.
    prefix: ['-f', `@${moment.at}`, 'npx'],
    env: {TZ: moment.zone},
  });
  results.push({...result, moment});
}
const green = report(results, (r) => `${r.moment.zone} ${r.moment.at}`);
process.stdout.write(`date sweep took ${duration(results.reduce((sum, r) => sum + r.ms, 0))}\n`);
process.exit(green ? 0 : 1);
