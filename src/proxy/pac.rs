//! PAC files, run the way a browser runs them: `FindProxyForURL(url, host)` in an embedded
//! JavaScript engine with the standard PAC functions, sandboxed: no I/O but `dnsResolve`, and
//! capped in time and memory so a hostile or broken file cannot hang or exhaust the program.

use std::net::IpAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rquickjs::{Context, Function, Runtime};

use super::ProxyUrl;

/// One choice of a PAC answer.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum PacRoute {
    /// No proxy.
    Direct,
    /// Through this HTTP(S) proxy.
    Proxy(ProxyUrl),
    /// Through this SOCKS proxy.
    Socks(ProxyUrl),
}

impl std::fmt::Display for PacRoute {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PacRoute::Direct => write!(f, "DIRECT"),
            PacRoute::Proxy(p) => write!(f, "PROXY {p}"),
            PacRoute::Socks(p) => write!(f, "SOCKS {p}"),
        }
    }
}

/// Limits of one PAC run.
#[derive(Debug, Clone, Copy)]
pub struct PacLimits {
    /// Wall time for loading the script and answering every query.
    pub time: Duration,
    /// Memory the script may use.
    pub memory: usize,
}

impl Default for PacLimits {
    fn default() -> Self {
        PacLimits {
            time: Duration::from_secs(2),
            memory: 32 * 1024 * 1024,
        }
    }
}

/// Why a PAC file could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, serde::Serialize, serde::Deserialize)]
pub enum PacError {
    /// The script ran past its time cap (an endless loop, typically).
    #[error("the PAC file ran longer than {0:?} and was stopped")]
    TooSlow(Duration),
    /// The script failed to load or threw.
    #[error("the PAC file failed: {0}")]
    Script(String),
    /// The answer is not PAC syntax.
    #[error(
        "the PAC file answered \"{0}\", which is not DIRECT, PROXY host:port or SOCKS host:port"
    )]
    BadAnswer(String),
}

/// Answers `host` to an address, for `dnsResolve` and `isInNet`.
pub type Resolver = Arc<dyn Fn(&str) -> Option<IpAddr> + Send + Sync>;

/// The standard PAC functions that need no I/O, written for this program.
const HELPERS: &str = r#"
function isPlainHostName(host) { return String(host).indexOf('.') < 0; }
function dnsDomainIs(host, domain) {
  host = String(host).toLowerCase(); domain = String(domain).toLowerCase();
  return host.length >= domain.length && host.substring(host.length - domain.length) === domain;
}
function localHostOrDomainIs(host, hostdom) {
  host = String(host).toLowerCase(); hostdom = String(hostdom).toLowerCase();
  return host === hostdom || (host.indexOf('.') < 0 && hostdom.split('.')[0] === host);
}
function dnsDomainLevels(host) { return String(host).split('.').length - 1; }
function isResolvable(host) { return dnsResolve(host) != null; }
function __ipv4(text) {
  var parts = String(text).split('.');
  if (parts.length !== 4) return null;
  var n = 0;
  for (var i = 0; i < 4; i++) {
    var p = parseInt(parts[i], 10);
    if (isNaN(p) || p < 0 || p > 255) return null;
    n = n * 256 + p;
  }
  return n;
}
function isInNet(host, pattern, mask) {
  var addr = __ipv4(host);
  if (addr === null) { var r = dnsResolve(host); if (r == null) return false; addr = __ipv4(r); }
  var p = __ipv4(pattern), m = __ipv4(mask);
  if (addr === null || p === null || m === null) return false;
  for (var i = 0; i < 4; i++) {
    var shift = Math.pow(256, 3 - i);
    var a = Math.floor(addr / shift) % 256, b = Math.floor(p / shift) % 256, c = Math.floor(m / shift) % 256;
    if ((a & c) !== (b & c)) return false;
  }
  return true;
}
function shExpMatch(str, shexp) {
  var re = String(shexp).replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp('^' + re + '$').test(String(str));
}
var __days = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
var __months = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
function __now(args) { var d = new Date(); return { d: d, gmt: args.length > 0 && args[args.length - 1] === 'GMT' }; }
function weekdayRange(w1, w2, gmt) {
  var t = __now(arguments), day = t.gmt ? t.d.getUTCDay() : t.d.getDay();
  var a = __days.indexOf(String(w1)), b = (w2 === undefined || w2 === 'GMT') ? a : __days.indexOf(String(w2));
  if (a < 0 || b < 0) return false;
  return a <= b ? (day >= a && day <= b) : (day >= a || day <= b);
}
function dateRange() {
  var args = Array.prototype.slice.call(arguments), t = __now(args);
  if (t.gmt) args.pop();
  var day = t.gmt ? t.d.getUTCDate() : t.d.getDate(), month = t.gmt ? t.d.getUTCMonth() : t.d.getMonth();
  var year = t.gmt ? t.d.getUTCFullYear() : t.d.getFullYear();
  function value(x) {
    if (typeof x === 'number') return x > 31 ? { year: x } : { day: x };
    var m = __months.indexOf(String(x)); return m >= 0 ? { month: m } : {};
  }
  function key(v) { return (v.year !== undefined ? v.year : year) * 10000 + (v.month !== undefined ? v.month : month) * 100 + (v.day !== undefined ? v.day : day); }
  var now = year * 10000 + month * 100 + day;
  if (args.length === 1) { var v = value(args[0]); return key(v) === now; }
  var half = Math.floor(args.length / 2), lo = {}, hi = {};
  for (var i = 0; i < half; i++) { var a = value(args[i]), b = value(args[half + i]); for (var k in a) lo[k] = a[k]; for (var k2 in b) hi[k2] = b[k2]; }
  return key(lo) <= now && now <= key(hi);
}
function timeRange() {
  var args = Array.prototype.slice.call(arguments), t = __now(args);
  if (t.gmt) args.pop();
  var h = t.gmt ? t.d.getUTCHours() : t.d.getHours(), m = t.gmt ? t.d.getUTCMinutes() : t.d.getMinutes();
  var s = t.gmt ? t.d.getUTCSeconds() : t.d.getSeconds(), now = h * 3600 + m * 60 + s;
  if (args.length === 1) return h === args[0];
  if (args.length === 2) return args[0] <= h && h < args[1];
  if (args.length === 4) { var a = args[0] * 3600 + args[1] * 60, b = args[2] * 3600 + args[3] * 60; return a <= now && now < b; }
  if (args.length === 6) { var c = args[0] * 3600 + args[1] * 60 + args[2], d = args[3] * 3600 + args[4] * 60 + args[5]; return c <= now && now <= d; }
  return false;
}
"#;

/// Parses a PAC answer ("PROXY a:1; SOCKS b:2; DIRECT").
pub fn parse_answer(text: &str) -> Result<Vec<PacRoute>, PacError> {
    let bad = || PacError::BadAnswer(super::mask_credentials(text.trim()));
    let mut routes = Vec::new();
    for part in text.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let mut words = part.split_whitespace();
        let kind = words.next().unwrap_or("").to_ascii_uppercase();
        let target = words.next();
        let route = match (kind.as_str(), target) {
            ("DIRECT", None) => PacRoute::Direct,
            ("PROXY" | "HTTP", Some(t)) => PacRoute::Proxy(t.parse().map_err(|_| bad())?),
            ("HTTPS", Some(t)) => {
                PacRoute::Proxy(format!("https://{t}").parse().map_err(|_| bad())?)
            }
            ("SOCKS" | "SOCKS5" | "SOCKS4", Some(t)) => {
                PacRoute::Socks(format!("socks5://{t}").parse().map_err(|_| bad())?)
            }
            _ => return Err(bad()),
        };
        routes.push(route);
    }
    if routes.is_empty() {
        return Err(bad());
    }
    Ok(routes)
}

/// Runs `script` and asks `FindProxyForURL("https://HOST/", HOST)` for each host.
pub fn evaluate(
    script: &str,
    hosts: &[String],
    resolver: Resolver,
    my_ip: IpAddr,
    limits: PacLimits,
) -> Result<Vec<(String, Vec<PacRoute>)>, PacError> {
    let started = Instant::now();
    let deadline = started + limits.time;
    let runtime = Runtime::new().map_err(|e| PacError::Script(e.to_string()))?;
    runtime.set_memory_limit(limits.memory);
    runtime.set_max_stack_size(1024 * 1024);
    runtime.set_interrupt_handler(Some(Box::new(move || Instant::now() > deadline)));
    let context = Context::full(&runtime).map_err(|e| PacError::Script(e.to_string()))?;
    let too_slow = || Instant::now() > deadline;
    context.with(|ctx| {
        let fail = |e: rquickjs::Error, ctx: &rquickjs::Ctx<'_>| {
            if too_slow() {
                return PacError::TooSlow(limits.time);
            }
            let message = match e {
                rquickjs::Error::Exception => {
                    let thrown = ctx.catch();
                    thrown
                        .as_exception()
                        .and_then(|x| x.message())
                        .or_else(|| thrown.as_string().and_then(|s| s.to_string().ok()))
                        .unwrap_or_else(|| "an exception".to_string())
                }
                other => other.to_string(),
            };
            PacError::Script(super::mask_credentials(&message))
        };
        let globals = ctx.globals();
        let resolve = resolver.clone();
        let dns = Function::new(ctx.clone(), move |host: String| -> Option<String> {
            resolve(&host).map(|a| a.to_string())
        })
        .map_err(|e| fail(e, &ctx))?;
        globals.set("dnsResolve", dns).map_err(|e| fail(e, &ctx))?;
        let me = my_ip.to_string();
        let mine = Function::new(ctx.clone(), move || me.clone()).map_err(|e| fail(e, &ctx))?;
        globals
            .set("myIpAddress", mine)
            .map_err(|e| fail(e, &ctx))?;
        ctx.eval::<(), _>(HELPERS).map_err(|e| fail(e, &ctx))?;
        ctx.eval::<(), _>(script).map_err(|e| fail(e, &ctx))?;
        let find: Function = globals.get("FindProxyForURL").map_err(|_| {
            PacError::Script("it defines no FindProxyForURL(url, host)".to_string())
        })?;
        let mut answers = Vec::new();
        for host in hosts {
            let url = format!("https://{host}/");
            let answer: String = find.call((url, host.clone())).map_err(|e| fail(e, &ctx))?;
            answers.push((host.clone(), parse_answer(&answer)?));
        }
        Ok(answers)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolver() -> Resolver {
        Arc::new(|host: &str| match host {
            "1-courier.push.apple.com" => Some("17.57.146.52".parse().unwrap()),
            "intranet.school.example" => Some("10.1.2.3".parse().unwrap()),
            _ => None,
        })
    }

    fn run(script: &str, hosts: &[&str]) -> Result<Vec<(String, Vec<PacRoute>)>, PacError> {
        let hosts: Vec<String> = hosts.iter().map(|h| h.to_string()).collect();
        evaluate(
            script,
            &hosts,
            resolver(),
            "192.168.1.23".parse().unwrap(),
            PacLimits {
                time: Duration::from_millis(500),
                memory: 8 * 1024 * 1024,
            },
        )
    }

    const SCHOOL: &str = r#"
        function FindProxyForURL(url, host) {
          if (dnsDomainIs(host, ".push.apple.com") || shExpMatch(host, "*.apple.com")) return "DIRECT";
          if (isInNet(host, "17.0.0.0", "255.0.0.0")) return "DIRECT";
          if (isPlainHostName(host) || isInNet(host, "10.0.0.0", "255.0.0.0")) return "DIRECT";
          if (isInNet(myIpAddress(), "192.168.0.0", "255.255.0.0")) return "PROXY proxy.school.example:3128; DIRECT";
          return "DIRECT";
        }"#;

    #[test]
    fn standard_functions_route_like_a_browser() {
        let answers = run(
            SCHOOL,
            &[
                "api.push.apple.com",
                "intranet.school.example",
                "printer",
                "example.org",
            ],
        )
        .unwrap();
        assert_eq!(answers[0].1, vec![PacRoute::Direct]);
        assert_eq!(answers[1].1, vec![PacRoute::Direct]);
        assert_eq!(answers[2].1, vec![PacRoute::Direct]);
        assert_eq!(answers[3].1.len(), 2);
        assert_eq!(
            answers[3].1[0].to_string(),
            "PROXY http://proxy.school.example:3128"
        );
        let levels = run("function FindProxyForURL(u,h){ return dnsDomainLevels(h) == 3 && localHostOrDomainIs('www', 'www.x.org') && isResolvable('1-courier.push.apple.com') && !isResolvable('nope') ? 'DIRECT' : 'PROXY p:1'; }", &["a.b.c.d"]).unwrap();
        assert_eq!(levels[0].1, vec![PacRoute::Direct]);
        let time = run("function FindProxyForURL(u,h){ var a = weekdayRange('SUN','SAT'); var b = timeRange(0, 24); var c = dateRange(1, 31); return (a && b && c) ? 'DIRECT' : 'PROXY p:1'; }", &["x"]).unwrap();
        assert_eq!(time[0].1, vec![PacRoute::Direct]);
    }

    #[test]
    fn endless_loop_is_stopped_within_its_cap() {
        let started = Instant::now();
        let err = run("function FindProxyForURL(u, h) { while (true) {} }", &["x"]).unwrap_err();
        assert_eq!(err, PacError::TooSlow(Duration::from_millis(500)));
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "{:?}",
            started.elapsed()
        );
        let err = run("while (true) {}", &["x"]).unwrap_err();
        assert!(matches!(err, PacError::TooSlow(_)));
    }

    #[test]
    fn throwing_greedy_and_broken_scripts_fail_clearly() {
        let err = run(
            "function FindProxyForURL(u, h) { throw new Error('boom'); }",
            &["x"],
        )
        .unwrap_err();
        assert_eq!(err, PacError::Script("boom".to_string()));
        // The memory cap, not the clock, stops a greedy script: plenty of time, little memory.
        let started = Instant::now();
        let err = evaluate(
            "var a = []; while (true) { a.push(new Array(100000).join('x')); }",
            &["x".to_string()],
            resolver(),
            "192.168.1.23".parse().unwrap(),
            PacLimits {
                time: Duration::from_secs(20),
                memory: 4 * 1024 * 1024,
            },
        )
        .unwrap_err();
        assert!(
            matches!(&err, PacError::Script(m) if m.contains("memory")),
            "{err:?}"
        );
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{:?}",
            started.elapsed()
        );
        let err = run("function FindProxyForURL(u, h) {", &["x"]).unwrap_err();
        assert!(matches!(err, PacError::Script(_)), "{err:?}");
        let err = run("var x = 1;", &["x"]).unwrap_err();
        assert!(err.to_string().contains("FindProxyForURL"));
        let err = run(
            "function FindProxyForURL(u, h) { return 'TELEPORT now'; }",
            &["x"],
        )
        .unwrap_err();
        assert!(matches!(err, PacError::BadAnswer(_)));
    }

    #[test]
    fn answers_parse() {
        assert_eq!(parse_answer("DIRECT").unwrap(), vec![PacRoute::Direct]);
        let routes = parse_answer("PROXY a:1; SOCKS5 b:2; HTTPS c:3; DIRECT").unwrap();
        assert_eq!(routes.len(), 4);
        assert!(parse_answer("").is_err());
        assert!(parse_answer("PROXY").is_err());
        assert!(parse_answer("PROXY ::::").is_err());
    }
}
