import { dateFunction, minuteOf, parseDate } from '../../../../emulator/jira/jql/dates';

const now = Date.UTC(2026, 10, 2, 9, 30, 45, 123);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('parseDate', () => {
  const valid: Array<[string, boolean, number]> = [
    ['2026-11-02', false, Date.UTC(2026, 10, 2)],
    ['2026/11/02', false, Date.UTC(2026, 10, 2)],
    ['2026-11-02 09:05', false, Date.UTC(2026, 10, 2, 9, 5)],
    ['2026/1/5 7:05', false, Date.UTC(2026, 0, 5, 7, 5)],
    ['2024-02-29', false, Date.UTC(2024, 1, 29)],
    ['-15m', false, now - 15 * MINUTE],
    ['-4h', false, now - 4 * HOUR],
    ['-1d', false, now - DAY],
    ['-2w', false, now - 14 * DAY],
    ['1d', false, now + DAY],
    ['+1d', false, now + DAY],
    ['-1d 2h', false, now - DAY - 2 * HOUR],
    ['4w 2d', false, now + 30 * DAY],
    ['-1D', false, now - DAY],
    ['1700000000000', true, 1_700_000_000_000],
  ];
  it.each(valid)('%j (number: %j)', (text, number, expected) => {
    expect(parseDate(text, number, now)).toBe(expected);
  });

  const invalid = ['yesterday', '2026-02-30', '2026-13-01', '2026-11-02 24:00', '2026-11-02 09:60', '2026-11/02', '26-11-02', '-1x', '1700000000000', '', '-d'];
  it.each(invalid)('rejects %j', (text) => {
    expect(parseDate(text, false, now)).toBeUndefined();
  });
});

describe('dateFunction', () => {
  const today = Date.UTC(2026, 10, 2);
  const cases: Array<['now' | 'startOfDay' | 'endOfDay', string | undefined, number]> = [
    ['now', undefined, now],
    ['startOfDay', undefined, today],
    ['startOfDay', '-1', today - DAY],
    ['startOfDay', '+1', today + DAY],
    ['startOfDay', '-1d', today - DAY],
    ['startOfDay', '2w', today + 14 * DAY],
    ['startOfDay', '-30m', today - 30 * MINUTE],
    ['startOfDay', '+9h', today + 9 * HOUR],
    ['startOfDay', '+1M', Date.UTC(2026, 11, 2)],
    ['startOfDay', '-1y', Date.UTC(2025, 10, 2)],
    ['endOfDay', undefined, today + DAY - 1],
    ['endOfDay', '-1', today - 1],
  ];
  it.each(cases)('%s(%j)', (name, increment, expected) => {
    expect(dateFunction(name, increment, now)).toBe(expected);
  });

  it.each(['x', '1H', '-1d 2h', ''])('rejects the increment %j', (increment) => {
    expect(dateFunction('startOfDay', increment, now)).toBeUndefined();
  });
});

describe('minuteOf', () => {
  it('drops seconds and milliseconds, also before 1970', () => {
    expect(minuteOf(Date.UTC(2026, 10, 2, 9, 5, 59, 999))).toBe(Date.UTC(2026, 10, 2, 9, 5) / MINUTE);
    expect(minuteOf(-1)).toBe(-1);
  });
});
