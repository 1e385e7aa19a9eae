/**
 * The OpenAPI formats the validators check. This module is bundled verbatim
 * into the generated standalone code, so it must stay dependency-free.
 *
 * The date-time check is hand-written rather than a regex: it walks the
 * characters once and checks the calendar (month lengths, leap years), which
 * is several times faster than ajv-formats' full mode.
 */

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/** `integer` already holds; int32 adds the range. */
export function int32(n: number): boolean {
  return n >= INT32_MIN && n <= INT32_MAX;
}

/**
 * An int64 past 2^53 has already been rounded by `JSON.parse`; accepting it
 * would pass a different id along than the server sent, so it is invalid.
 */
export function int64(n: number): boolean {
  return Number.isSafeInteger(n);
}

/** A JSON number is always a finite double; this catches NaN/Infinity built in code. */
export function double(n: number): boolean {
  return Number.isFinite(n);
}

export const float = double;

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Value of `count` ASCII digits at `at`, or -1 when any is not a digit. */
function digits(s: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) {
      return -1;
    }
    value = value * 10 + c;
  }
  return value;
}

/** Checks `YYYY-MM-DD` at the start of `s`; returns false when it is not a real day. */
function fullDate(s: string): boolean {
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 2);
  const day = digits(s, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) {
    return false;
  }
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) {
    return false;
  }
  const max = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month] as number);
  return day <= max;
}

/** RFC 3339 full-date. */
export function date(s: string): boolean {
  return s.length === 10 && fullDate(s);
}

/**
 * RFC 3339 date-time: `YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)`,
 * `T` and `Z` in either case. A leap second (`:60`) is allowed only at 23:59 UTC.
 */
export function dateTime(s: string): boolean {
  const length = s.length;
  if (length < 20 || !fullDate(s)) {
    return false;
  }
  const t = s.charCodeAt(10);
  if (t !== 84 && t !== 116) {
    return false; // T t
  }
  const hour = digits(s, 11, 2);
  const minute = digits(s, 14, 2);
  const second = digits(s, 17, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) {
    return false;
  }
  if (s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) {
    return false;
  }
  let i = 19;
  if (s.charCodeAt(i) === 46) {
    // Fraction: at least one digit.
    const start = ++i;
    while (i < length) {
      const c = s.charCodeAt(i) - 48;
      if (c < 0 || c > 9) {
        break;
      }
      i++;
    }
    if (i === start) {
      return false;
    }
  }
  const zone = s.charCodeAt(i);
  let offsetMinutes = 0;
  if (zone === 90 || zone === 122) {
    // Z z
    if (i + 1 !== length) {
      return false;
    }
  } else if (zone === 43 || zone === 45) {
    // + -
    if (i + 6 !== length || s.charCodeAt(i + 3) !== 58) {
      return false;
    }
    const offHour = digits(s, i + 1, 2);
    const offMinute = digits(s, i + 4, 2);
    if (offHour < 0 || offHour > 23 || offMinute < 0 || offMinute > 59) {
      return false;
    }
    offsetMinutes = (zone === 43 ? 1 : -1) * (offHour * 60 + offMinute);
  } else {
    return false;
  }
  if (second === 60) {
    const utcMinutes = (((hour * 60 + minute - offsetMinutes) % 1440) + 1440) % 1440;
    return utcMinutes === 23 * 60 + 59;
  }
  return true;
}

/** Format name → check, for `ajv.addFormat` (and the standalone code's `formats` import). */
export const formats = {
  int32: { type: 'number', validate: int32 },
  int64: { type: 'number', validate: int64 },
  float: { type: 'number', validate: float },
  double: { type: 'number', validate: double },
  'date-time': { type: 'string', validate: dateTime },
  date: { type: 'string', validate: date },
} as const;
