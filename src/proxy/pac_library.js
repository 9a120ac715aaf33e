// The PAC helper functions that need no I/O, written for Push Check to behave as browsers'
// do (Chromium and Firefox share one library; tests/pac/SEMANTICS.md describes it, and
// tests/pac_parity.rs checks this file against Chromium's expectations). Run as an ordinary
// (sloppy-mode) script, before the PAC file, in the same global scope. The functions that
// need the outside (dnsResolve, dnsResolveEx, myIpAddress, myIpAddressEx, isPlainHostName,
// isInNetEx, sortIpAddressList, alert) are provided by the program.

// A plain suffix test, case-sensitive, with no label boundary.
function dnsDomainIs(host, domain) {
  return host.length >= domain.length &&
    host.substring(host.length - domain.length) == domain;
}

// The same name, or `hostdom` beginning with `host` and a dot.
function localHostOrDomainIs(host, hostdom) {
  return host == hostdom || hostdom.lastIndexOf(host + '.', 0) == 0;
}

function isResolvable(host) {
  return dnsResolve(host) != null;
}

function isResolvableEx(host) {
  return dnsResolveEx(host) != '';
}

function dnsDomainLevels(host) {
  return host.split('.').length - 1;
}

// A dotted quad as a 32-bit number, or null when `text` is not one (four parts of one to
// three digits, each at most 255; leading zeros are decimal).
function __pushcheck_quad(text) {
  var parts = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (parts === null) return null;
  var value = 0;
  for (var i = 1; i <= 4; i++) {
    var part = parts[i] * 1;
    if (part > 255) return null;
    value = value * 256 + part;
  }
  return value;
}

// IPv4 only: the pattern and the mask must be dotted quads; a host that is not one is
// resolved first, and a name that does not resolve is not in any net.
function isInNet(host, pattern, mask) {
  var net = __pushcheck_quad(pattern), bits = __pushcheck_quad(mask);
  if (net === null || bits === null) return false;
  var address = __pushcheck_quad(host);
  if (address === null) {
    var resolved = dnsResolve(host);
    if (resolved == null) return false;
    address = __pushcheck_quad(resolved);
    if (address === null) return false;
  }
  return ((address & bits) >>> 0) == ((net & bits) >>> 0);
}

// Only `.`, `*` and `?` are shell wildcards; anything else keeps its regular-expression
// meaning, as in browsers (`a|b`, `[ab]`, `x+`).
function shExpMatch(str, shexp) {
  var pattern = shexp.replace(/\./g, '\\.').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp('^' + pattern + '$').test(str);
}

var __pushcheck_days = { SUN: 0, MON: 1, TUE: 2, WED: 3, THU: 4, FRI: 5, SAT: 6 };
var __pushcheck_months = {
  JAN: 0, FEB: 1, MAR: 2, APR: 3, MAY: 4, JUN: 5,
  JUL: 6, AUG: 7, SEP: 8, OCT: 9, NOV: 10, DEC: 11
};

// A name's number in `table`, or -1 (names are exact: upper case, three letters).
function __pushcheck_lookup(table, name) {
  return Object.prototype.hasOwnProperty.call(table, name) ? table[name] : -1;
}

// `date` moved so that its local fields read what its UTC fields read.
function __pushcheck_as_utc(date) {
  var moved = new Date(date.getTime());
  moved.setFullYear(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  moved.setHours(date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds());
  return moved;
}

function weekdayRange() {
  var count = arguments.length;
  if (count < 1) return false;
  var gmt = arguments[count - 1] == 'GMT';
  if (gmt) count--;
  var first = __pushcheck_lookup(__pushcheck_days, arguments[0]);
  var last = count == 2 ? __pushcheck_lookup(__pushcheck_days, arguments[1]) : first;
  if (first == -1 || last == -1) return false;
  var now = new Date();
  var today = gmt ? now.getUTCDay() : now.getDay();
  if (first <= last) return first <= today && today <= last;
  return today >= first || today <= last;
}

function dateRange() {
  var count = arguments.length;
  if (count < 1) return false;
  var gmt = arguments[count - 1] == 'GMT';
  if (gmt) count--;
  var now = new Date();
  if (count == 1) {
    var only = parseInt(arguments[0], 10);
    if (isNaN(only)) {
      return (gmt ? now.getUTCMonth() : now.getMonth()) ==
        __pushcheck_lookup(__pushcheck_months, arguments[0]);
    }
    if (only < 32) return (gmt ? now.getUTCDate() : now.getDate()) == only;
    return (gmt ? now.getUTCFullYear() : now.getFullYear()) == only;
  }
  var year = now.getFullYear();
  var from = new Date(year, 0, 1, 0, 0, 0);
  var until = new Date(year, 11, 31, 23, 59, 59);
  var inMonth = false;
  var half = count >> 1;
  for (var i = 0; i < count; i++) {
    var bound = i < half ? from : until;
    var value = parseInt(arguments[i], 10);
    if (isNaN(value)) {
      bound.setMonth(__pushcheck_lookup(__pushcheck_months, arguments[i]));
    } else if (value < 32) {
      if (i < half) inMonth = count <= 2;
      bound.setDate(value);
    } else {
      bound.setFullYear(value);
    }
  }
  if (inMonth) {
    from.setMonth(now.getMonth());
    until.setMonth(now.getMonth());
  }
  if (gmt) now = __pushcheck_as_utc(now);
  if (from <= until) return from <= now && now <= until;
  return now >= from || now <= until;
}

function timeRange() {
  var count = arguments.length;
  if (count < 1) return false;
  var gmt = arguments[count - 1] == 'GMT';
  if (gmt) count--;
  var now = new Date();
  var hour = gmt ? now.getUTCHours() : now.getHours();
  if (count == 1) return hour == arguments[0];
  if (count == 2) return arguments[0] <= hour && hour <= arguments[1];
  var from = new Date(now.getTime()), until = new Date(now.getTime());
  if (count == 4) {
    from.setHours(arguments[0]);
    from.setMinutes(arguments[1]);
    until.setHours(arguments[2]);
    until.setMinutes(arguments[3]);
    until.setSeconds(59);
  } else if (count == 6) {
    from.setHours(arguments[0]);
    from.setMinutes(arguments[1]);
    from.setSeconds(arguments[2]);
    until.setHours(arguments[3]);
    until.setMinutes(arguments[4]);
    until.setSeconds(arguments[5]);
  } else {
    throw 'timeRange: bad number of arguments';
  }
  if (gmt) now = __pushcheck_as_utc(now);
  if (from <= until) return from <= now && now <= until;
  return now >= from || now <= until;
}
