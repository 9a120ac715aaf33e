//! PAC files, run the way a browser runs them: an ordinary (sloppy-mode) script with the
//! standard helper functions, `FindProxyForURL("https://HOST/", HOST)` asked per host (each
//! host's answer or error on its own), the answer read as Chromium reads it (unreadable
//! entries skipped, DIRECT when nothing is left). Sandboxed: no I/O but `dnsResolve` (answered
//! by the caller), capped in time and memory so a hostile or broken file cannot hang or
//! exhaust the program. What the file saw (its `myIpAddress`, the names it looked up, its
//! `alert`s) comes back with the answers, as evidence.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv6Addr};
use std::time::{Duration, Instant};

use rquickjs::context::EvalOptions;
use rquickjs::function::Rest;
use rquickjs::{Context, Ctx, Exception, Function, Runtime, Value};
use serde::{Deserialize, Serialize};

use super::ProxyUrl;

/// The helper functions written in JavaScript (`pac_library.js`).
const LIBRARY: &str = include_str!("pac_library.js");

/// One choice of a PAC answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum PacRoute {
    /// No proxy.
    Direct,
    /// Through this HTTP or HTTPS proxy (`PROXY`, `HTTP`, `HTTPS`).
    Proxy(ProxyUrl),
    /// Through this SOCKS proxy: `socks4://` for `SOCKS` and `SOCKS4`, `socks5://` for
    /// `SOCKS5`, as browsers read them.
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

/// Why a PAC file, or one host's answer, could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum PacError {
    /// The script ran past its time cap (an endless loop, typically).
    #[error("the PAC file ran longer than {0:?} and was stopped")]
    TooSlow(Duration),
    /// The script failed to load, or threw; with the line of the PAC file, when known.
    #[error("the PAC file failed{}: {message}", line.map(|l| format!(" at line {l}")).unwrap_or_default())]
    Script {
        /// What the JavaScript engine said.
        message: String,
        /// The line of the PAC file, when the engine knows it.
        line: Option<u32>,
    },
    /// `FindProxyForURL` answered something that is not a string, as browsers refuse.
    #[error("FindProxyForURL() did not return a string (it returned {0})")]
    NotAString(String),
    /// The file defines no function to ask.
    #[error("it defines no FindProxyForURL(url, host)")]
    NoFunction,
    /// The sandbox around the engine failed (a bug, or the OS refused it).
    #[error("the PAC sandbox failed: {0}")]
    Sandbox(String),
    /// Push Check failed inside the sandbox (a bug, not the PAC file or the network).
    #[error(
        "Push Check failed inside the PAC sandbox ({0}); this is a bug in Push Check, not the PAC file"
    )]
    Internal(String),
    /// The PAC file used more memory or CPU time than its limits allow.
    #[error("the PAC file used more memory or CPU time than allowed and was stopped")]
    Limits,
}

/// Which function a PAC file was asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Entry {
    /// `FindProxyForURL(url, host)`: what browsers (Chromium, Firefox) and Apple's systems ask.
    FindProxyForUrl,
    /// `FindProxyForURLEx(url, host)`: what Windows' WinHTTP (services) asks when a file
    /// defines it.
    FindProxyForUrlEx,
}

impl Entry {
    /// The function's name.
    pub fn name(self) -> &'static str {
        match self {
            Entry::FindProxyForUrl => "FindProxyForURL",
            Entry::FindProxyForUrlEx => "FindProxyForURLEx",
        }
    }
}

/// What the file answered for one host.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HostAnswer {
    /// The host asked about.
    pub host: String,
    /// The URL passed to the function (`https://HOST/`, as browsers pass it).
    pub url: String,
    /// Its answer, or why there is none.
    pub result: Result<Answer, PacError>,
}

/// An answer as written and as read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    /// The string the function returned (credentials masked).
    pub raw: String,
    /// The routes, in order, as browsers read them.
    pub routes: Vec<PacRoute>,
    /// Entries browsers would skip (not PAC syntax), as written.
    pub skipped: Vec<String>,
}

/// One name the file looked up, and what it got.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lookup {
    /// The name.
    pub name: String,
    /// Its addresses (none: it did not resolve).
    pub addresses: Vec<IpAddr>,
}

/// A PAC file's run: its answers and what it saw.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PacRun {
    /// The function asked.
    pub entry: Entry,
    /// Per host, in the order asked.
    pub answers: Vec<HostAnswer>,
    /// What `myIpAddress()` answers.
    pub my_ip: String,
    /// The names it looked up, in order, once each.
    pub lookups: Vec<Lookup>,
    /// What it passed to `alert()` (the first few).
    pub alerts: Vec<String>,
}

/// Answers a name with all its addresses, in the resolver's order (none: no address).
pub type Resolve = Box<dyn FnMut(&str) -> Vec<IpAddr>>;

/// What the file runs against: its view of DNS and of this computer.
pub struct PacEnv {
    /// This computer's addresses, most preferred first (`myIpAddress` takes the first IPv4,
    /// else the first IPv6, else 127.0.0.1).
    pub my_ip: Vec<IpAddr>,
    /// Ask `FindProxyForURLEx` when the file defines it (what WinHTTP does).
    pub prefer_ex: bool,
    /// Answers a name (all its addresses, the resolver's order); called once per name.
    pub resolve: Resolve,
}

/// How many `alert()` messages are kept, and how long each may be.
const ALERTS_KEPT: usize = 10;
const ALERT_LENGTH: usize = 300;

/// Is `text` an IP literal the way browsers' URL parser reads a host (IPv6 without
/// brackets; IPv4 also as one 32-bit number, octal or hexadecimal parts)?
fn is_ip_literal(text: &str) -> bool {
    if text.parse::<Ipv6Addr>().is_ok() {
        return true;
    }
    matches!(url::Host::parse(text), Ok(url::Host::Ipv4(_)))
}

/// The first IPv4 address of a name (what browsers' `dnsResolve` returns).
fn first_v4(addresses: &[IpAddr]) -> Option<IpAddr> {
    addresses.iter().find(|a| a.is_ipv4()).copied()
}

/// The addresses of `isInNetEx` and `sortIpAddressList`: a literal, trimmed.
fn literal(text: &str) -> Option<IpAddr> {
    text.trim().parse::<IpAddr>().ok()
}

/// An address widened to 128 bits: IPv4 as `::ffff:a.b.c.d`.
fn widened(addr: IpAddr) -> u128 {
    match addr {
        IpAddr::V4(v4) => u128::from(v4.to_ipv6_mapped()),
        IpAddr::V6(v6) => u128::from(v6),
    }
}

/// `isInNetEx(address, "prefix/bits")` for two strings: an address literal (names are not
/// resolved) inside the prefix, the other family mapped as `::ffff:a.b.c.d`.
fn in_net_ex(address: &str, prefix: &str) -> bool {
    // The address as given (not trimmed); the prefix's parts are trimmed.
    let Ok(addr) = address.parse::<IpAddr>() else {
        return false;
    };
    let parts: Vec<&str> = prefix.split('/').collect();
    let [net, bits] = parts.as_slice() else {
        return false;
    };
    let (Some(net), Ok(bits)) = (literal(net), bits.trim().parse::<u32>()) else {
        return false;
    };
    let most = if net.is_ipv4() { 32 } else { 128 };
    if bits > most {
        return false;
    }
    let bits = if net.is_ipv4() { bits + 96 } else { bits };
    let mask = if bits == 0 {
        0
    } else {
        u128::MAX << (128 - bits)
    };
    widened(addr) & mask == widened(net) & mask
}

/// `sortIpAddressList`: IPv6 before IPv4, ascending, spelling kept; `None` when any item is
/// not an address or nothing is left.
fn sort_list(list: &str) -> Option<String> {
    let cleaned: String = list.chars().filter(|c| *c != ' ' && *c != '\t').collect();
    let mut items: Vec<(bool, u128, &str)> = Vec::new();
    for item in cleaned.split(';').filter(|i| !i.is_empty()) {
        let addr = item.parse::<IpAddr>().ok()?;
        items.push((addr.is_ipv4(), widened(addr), item));
    }
    if items.is_empty() {
        return None;
    }
    items.sort_by_key(|(v4, n, _)| (*v4, *n));
    Some(
        items
            .iter()
            .map(|(_, _, i)| *i)
            .collect::<Vec<_>>()
            .join(";"),
    )
}

/// Reads a PAC answer as browsers do: entries separated by `;`; `DIRECT`, `PROXY`/`HTTP`
/// host[:port], `HTTPS`, `SOCKS`/`SOCKS4` (SOCKS version 4), `SOCKS5`; an entry that is
/// not one of these (`PROXY Tim Cook`) is skipped; when nothing is left, DIRECT (as Chromium
/// does for a list it cannot read).
pub fn parse_answer(text: &str) -> (Vec<PacRoute>, Vec<String>) {
    let mut routes = Vec::new();
    let mut skipped = Vec::new();
    for entry in text.split(';').map(str::trim).filter(|e| !e.is_empty()) {
        match parse_entry(entry) {
            Some(route) => routes.push(route),
            None => skipped.push(super::mask_credentials(entry)),
        }
    }
    if routes.is_empty() {
        routes.push(PacRoute::Direct);
    }
    (routes, skipped)
}

fn parse_entry(entry: &str) -> Option<PacRoute> {
    let words: Vec<&str> = entry.split_whitespace().collect();
    let kind = words.first()?.to_ascii_uppercase();
    if kind == "DIRECT" {
        return (words.len() == 1).then_some(PacRoute::Direct);
    }
    let [_, target] = words.as_slice() else {
        return None;
    };
    // A host[:port] of its own, not a URL (no scheme, no user information, no path).
    if target.contains("://") || target.contains('@') || target.contains('/') {
        return None;
    }
    let scheme = match kind.as_str() {
        "PROXY" | "HTTP" => "http",
        "HTTPS" => "https",
        "SOCKS" | "SOCKS4" => "socks4",
        "SOCKS5" => "socks5",
        _ => return None,
    };
    let url: ProxyUrl = format!("{scheme}://{target}").parse().ok()?;
    Some(if scheme.starts_with("socks") {
        PacRoute::Socks(url)
    } else {
        PacRoute::Proxy(url)
    })
}

/// What the native functions share during one run.
struct Shared {
    env: PacEnv,
    lookups: Vec<Lookup>,
    cache: HashMap<String, Vec<IpAddr>>,
    alerts: Vec<String>,
}

impl Shared {
    /// All addresses of `name`, asked of the environment once.
    fn resolve(&mut self, name: &str) -> Vec<IpAddr> {
        if let Ok(ip) = name.parse::<IpAddr>() {
            return vec![ip];
        }
        if let Some(found) = self.cache.get(name) {
            return found.clone();
        }
        let found = (self.env.resolve)(name);
        self.cache.insert(name.to_string(), found.clone());
        self.lookups.push(Lookup {
            name: name.to_string(),
            addresses: found.clone(),
        });
        found
    }

    fn my_ip(&self) -> String {
        self.env
            .my_ip
            .iter()
            .find(|a| a.is_ipv4())
            .or_else(|| self.env.my_ip.first())
            .map(ToString::to_string)
            .unwrap_or_else(|| "127.0.0.1".to_string())
    }
}

/// Runs `script` and asks it about each host, every host on its own. `Err` when the file
/// cannot be loaded at all (or runs out of time or memory loading); a host whose call throws
/// or answers nonsense has its own error.
pub fn evaluate(
    script: &str,
    hosts: &[String],
    env: PacEnv,
    limits: PacLimits,
) -> Result<PacRun, PacError> {
    let deadline = Instant::now() + limits.time;
    let runtime = Runtime::new().map_err(|e| script_error(e.to_string()))?;
    runtime.set_memory_limit(limits.memory);
    runtime.set_max_stack_size(1024 * 1024);
    runtime.set_interrupt_handler(Some(Box::new(move || Instant::now() > deadline)));
    let context = Context::full(&runtime).map_err(|e| script_error(e.to_string()))?;
    let shared = std::rc::Rc::new(std::cell::RefCell::new(Shared {
        env,
        lookups: Vec::new(),
        cache: HashMap::new(),
        alerts: Vec::new(),
    }));
    let too_slow = || Instant::now() > deadline;
    context.with(|ctx| {
        let fail = |e: rquickjs::Error, ctx: &Ctx<'_>| {
            if too_slow() {
                return PacError::TooSlow(limits.time);
            }
            caught(e, ctx)
        };
        install(&ctx, &shared).map_err(|e| fail(e, &ctx))?;
        ctx.eval_with_options::<(), _>(LIBRARY, sloppy("pac-library.js"))
            .map_err(|e| fail(e, &ctx))?;
        ctx.eval_with_options::<(), _>(script, sloppy("proxy.pac"))
            .map_err(|e| fail(e, &ctx))?;
        let globals = ctx.globals();
        let prefer_ex = shared.borrow().env.prefer_ex;
        let function = |name: &str| globals.get::<_, Function>(name).ok();
        let (entry, find) = match (prefer_ex, function("FindProxyForURLEx")) {
            (true, Some(ex)) => (Entry::FindProxyForUrlEx, ex),
            _ => (
                Entry::FindProxyForUrl,
                function("FindProxyForURL").ok_or(PacError::NoFunction)?,
            ),
        };
        let mut answers = Vec::new();
        for host in hosts {
            let url = if host.contains(':') {
                format!("https://[{host}]/")
            } else {
                format!("https://{host}/")
            };
            let result = match find.call::<_, Value>((url.clone(), host.clone())) {
                Err(e) => {
                    let error = fail(e, &ctx);
                    // Out of time is the whole file's failure, not one host's.
                    if matches!(error, PacError::TooSlow(_)) {
                        return Err(error);
                    }
                    Err(error)
                }
                Ok(value) => match value.as_string().and_then(|s| s.to_string().ok()) {
                    Some(raw) if raw.is_ascii() => {
                        let (routes, skipped) = parse_answer(&raw);
                        Ok(Answer {
                            raw: super::mask_credentials(&raw),
                            routes,
                            skipped,
                        })
                    }
                    Some(raw) => Err(PacError::NotAString(format!(
                        "a string that is not ASCII ({})",
                        super::mask_credentials(&raw)
                    ))),
                    None => Err(PacError::NotAString(value.type_name().to_string())),
                },
            };
            answers.push(HostAnswer {
                host: host.clone(),
                url,
                result,
            });
        }
        let shared = shared.borrow();
        Ok(PacRun {
            entry,
            answers,
            my_ip: shared.my_ip(),
            lookups: shared.lookups.clone(),
            alerts: shared.alerts.clone(),
        })
    })
}

/// Loads what the C library loads on first use (the time zone, for `timeRange` and friends)
/// before the sandbox forbids opening files.
pub fn warm_up() {
    let Ok(runtime) = Runtime::new() else { return };
    let Ok(context) = Context::full(&runtime) else {
        return;
    };
    context.with(|ctx| {
        let _ = ctx.eval::<(), _>(
            "var d = new Date(); d.getTimezoneOffset(); d.getHours(); d.toString(); new Date(2026, 0, 1).getTime();",
        );
    });
}

/// Evaluates one JavaScript expression in a PAC file's environment (after the helper
/// library and `script`), as JSON: for checking the helper functions against browsers'
/// expectations. `{"undefined": true}` stands for undefined, `{"throws": …}` for an
/// exception (`{"error": name, "message": …}`, or `{"string": …}` for a thrown string).
pub fn evaluate_expression(
    script: &str,
    expression: &str,
    env: PacEnv,
    limits: PacLimits,
) -> serde_json::Value {
    let deadline = Instant::now() + limits.time;
    let Ok(runtime) = Runtime::new() else {
        return serde_json::json!({"throws": {"error": "no runtime"}});
    };
    runtime.set_memory_limit(limits.memory);
    runtime.set_interrupt_handler(Some(Box::new(move || Instant::now() > deadline)));
    let Ok(context) = Context::full(&runtime) else {
        return serde_json::json!({"throws": {"error": "no context"}});
    };
    let shared = std::rc::Rc::new(std::cell::RefCell::new(Shared {
        env,
        lookups: Vec::new(),
        cache: HashMap::new(),
        alerts: Vec::new(),
    }));
    context.with(|ctx| {
        let run = || -> rquickjs::Result<serde_json::Value> {
            install(&ctx, &shared)?;
            ctx.eval_with_options::<(), _>(LIBRARY, sloppy("pac-library.js"))?;
            ctx.eval_with_options::<(), _>(script, sloppy("proxy.pac"))?;
            let value: Value = ctx.eval_with_options(
                format!("(function () {{ return ({expression}); }})()"),
                sloppy("expression.js"),
            )?;
            Ok(as_json(&value))
        };
        match run() {
            Ok(value) => value,
            Err(rquickjs::Error::Exception) => {
                let thrown = ctx.catch();
                match thrown.as_exception() {
                    Some(e) => {
                        let name: Option<String> = e.get("name").ok();
                        serde_json::json!({"throws": {"error": name, "message": e.message()}})
                    }
                    None => match thrown.as_string().and_then(|s| s.to_string().ok()) {
                        Some(s) => serde_json::json!({"throws": {"string": s}}),
                        None => serde_json::json!({"throws": {"value": as_json(&thrown)}}),
                    },
                }
            }
            Err(e) => serde_json::json!({"throws": {"error": e.to_string()}}),
        }
    })
}

/// A JavaScript value as JSON (booleans, numbers, strings, null; undefined marked).
fn as_json(value: &Value<'_>) -> serde_json::Value {
    if value.is_undefined() {
        return serde_json::json!({"undefined": true});
    }
    if let Some(b) = value.as_bool() {
        return serde_json::Value::Bool(b);
    }
    if let Some(n) = value.as_number() {
        return serde_json::json!(n);
    }
    if let Some(s) = value.as_string().and_then(|s| s.to_string().ok()) {
        return serde_json::Value::String(s);
    }
    if value.is_null() {
        return serde_json::Value::Null;
    }
    serde_json::json!({"type": value.type_name()})
}

/// Ordinary script code, as browsers run PAC files (not strict mode).
fn sloppy(name: &str) -> EvalOptions {
    let mut options = EvalOptions::default();
    options.global = true;
    options.strict = false;
    options.filename = Some(name.to_string());
    options
}

fn script_error(message: String) -> PacError {
    PacError::Script {
        message: super::mask_credentials(&message),
        line: None,
    }
}

/// What the engine threw, with the PAC file's line when it says one.
fn caught(e: rquickjs::Error, ctx: &Ctx<'_>) -> PacError {
    let rquickjs::Error::Exception = e else {
        return script_error(e.to_string());
    };
    let thrown = ctx.catch();
    let (message, stack) = match thrown.as_exception() {
        Some(x) => (
            x.message().unwrap_or_else(|| "an exception".to_string()),
            x.stack().unwrap_or_default(),
        ),
        None => (
            thrown
                .as_string()
                .and_then(|s| s.to_string().ok())
                .unwrap_or_else(|| format!("a thrown {}", thrown.type_name())),
            String::new(),
        ),
    };
    let line_number: Option<u32> = thrown
        .as_object()
        .and_then(|o| o.get::<_, Option<u32>>("lineNumber").ok().flatten());
    let file_name: Option<String> = thrown
        .as_object()
        .and_then(|o| o.get::<_, Option<String>>("fileName").ok().flatten());
    let line = match (line_number, file_name.as_deref()) {
        (Some(line), Some("proxy.pac")) => Some(line),
        _ => stack.lines().find_map(|l| {
            let at = l.find("proxy.pac:")?;
            let rest = &l[at + "proxy.pac:".len()..];
            rest.split(|c: char| !c.is_ascii_digit())
                .next()?
                .parse()
                .ok()
        }),
    };
    PacError::Script {
        message: super::mask_credentials(&message),
        line,
    }
}

/// The functions that need the outside, as browsers define them.
fn install<'js>(
    ctx: &Ctx<'js>,
    shared: &std::rc::Rc<std::cell::RefCell<Shared>>,
) -> rquickjs::Result<()> {
    let globals = ctx.globals();
    let s = shared.clone();
    globals.set(
        "dnsResolve",
        Function::new(
            ctx.clone(),
            move |ctx: Ctx<'js>,
                  arg: rquickjs::function::Opt<Value<'js>>|
                  -> rquickjs::Result<Value<'js>> {
                // Browsers answer null, never undefined: for no string, and for no address.
                let Some(name) = arg
                    .0
                    .and_then(|v| v.as_string().and_then(|s| s.to_string().ok()))
                else {
                    return Ok(Value::new_null(ctx));
                };
                let found = s.borrow_mut().resolve(&name);
                match first_v4(&found) {
                    Some(a) => Ok(rquickjs::String::from_str(ctx, &a.to_string())?.into_value()),
                    None => Ok(Value::new_null(ctx)),
                }
            },
        )?,
    )?;
    let s = shared.clone();
    globals.set(
        "dnsResolveEx",
        Function::new(
            ctx.clone(),
            move |arg: rquickjs::function::Opt<Value<'js>>| -> Option<String> {
                let name = arg
                    .0
                    .and_then(|v| v.as_string().and_then(|s| s.to_string().ok()))?;
                let found = s.borrow_mut().resolve(&name);
                Some(
                    found
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join(";"),
                )
            },
        )?,
    )?;
    let s = shared.clone();
    globals.set(
        "myIpAddress",
        Function::new(ctx.clone(), move || s.borrow().my_ip())?,
    )?;
    let s = shared.clone();
    globals.set(
        "myIpAddressEx",
        Function::new(ctx.clone(), move || {
            s.borrow()
                .env
                .my_ip
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(";")
        })?,
    )?;
    globals.set(
        "isPlainHostName",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, args: Rest<Value<'js>>| -> rquickjs::Result<bool> {
                let Some(host) = args
                    .0
                    .first()
                    .and_then(|v| v.as_string().and_then(|s| s.to_string().ok()))
                else {
                    return Err(Exception::throw_type(&ctx, "Requires 1 string parameter"));
                };
                Ok(!host.contains('.') && !is_ip_literal(&host))
            },
        )?,
    )?;
    globals.set(
        "isInNetEx",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, args: Rest<Value<'js>>| -> Value<'js> {
                let text = |i: usize| {
                    args.0
                        .get(i)
                        .and_then(|v| v.as_string().and_then(|s| s.to_string().ok()))
                };
                // Null, as in browsers, unless given two strings.
                match (text(0), text(1)) {
                    (Some(address), Some(prefix)) => {
                        Value::new_bool(ctx, in_net_ex(&address, &prefix))
                    }
                    _ => Value::new_null(ctx),
                }
            },
        )?,
    )?;
    globals.set(
        "sortIpAddressList",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, args: Rest<Value<'js>>| -> rquickjs::Result<Value<'js>> {
                let Some(list) = args
                    .0
                    .first()
                    .and_then(|v| v.as_string().and_then(|s| s.to_string().ok()))
                else {
                    return Ok(Value::new_null(ctx));
                };
                Ok(match sort_list(&list) {
                    Some(sorted) => rquickjs::String::from_str(ctx, &sorted)?.into_value(),
                    None => Value::new_bool(ctx, false),
                })
            },
        )?,
    )?;
    let s = shared.clone();
    globals.set(
        "alert",
        Function::new(
            ctx.clone(),
            move |args: Rest<rquickjs::Coerced<String>>| -> rquickjs::Result<()> {
                let message = args
                    .0
                    .first()
                    .map(|m| m.0.clone())
                    .unwrap_or_else(|| "undefined".to_string());
                let mut shared = s.borrow_mut();
                if shared.alerts.len() < ALERTS_KEPT {
                    let mut kept: String = message.chars().take(ALERT_LENGTH).collect();
                    kept = super::mask_credentials(&kept);
                    shared.alerts.push(kept);
                }
                Ok(())
            },
        )?,
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(known: &[(&str, &str)]) -> PacEnv {
        let known: HashMap<String, Vec<IpAddr>> = known
            .iter()
            .map(|(n, a)| (n.to_string(), vec![a.parse().unwrap()]))
            .collect();
        PacEnv {
            my_ip: vec!["192.168.1.23".parse().unwrap()],
            prefer_ex: false,
            resolve: Box::new(move |h| known.get(h).cloned().unwrap_or_default()),
        }
    }

    fn resolver() -> PacEnv {
        env(&[
            ("1-courier.push.apple.com", "17.57.146.52"),
            ("intranet.school.example", "10.1.2.3"),
        ])
    }

    fn run(script: &str, hosts: &[&str]) -> Result<PacRun, PacError> {
        let hosts: Vec<String> = hosts.iter().map(|h| h.to_string()).collect();
        evaluate(
            script,
            &hosts,
            resolver(),
            PacLimits {
                time: Duration::from_millis(500),
                memory: 8 * 1024 * 1024,
            },
        )
    }

    fn routes(run: &PacRun, i: usize) -> Vec<PacRoute> {
        run.answers[i].result.clone().unwrap().routes
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
        let run = run(
            SCHOOL,
            &[
                "api.push.apple.com",
                "intranet.school.example",
                "printer",
                "example.org",
            ],
        )
        .unwrap();
        assert_eq!(run.entry, Entry::FindProxyForUrl);
        assert_eq!(routes(&run, 0), vec![PacRoute::Direct]);
        assert_eq!(routes(&run, 1), vec![PacRoute::Direct]);
        assert_eq!(routes(&run, 2), vec![PacRoute::Direct]);
        assert_eq!(routes(&run, 3).len(), 2);
        assert_eq!(
            routes(&run, 3)[0].to_string(),
            "PROXY http://proxy.school.example:3128"
        );
        assert_eq!(run.answers[3].url, "https://example.org/");
        assert_eq!(run.my_ip, "192.168.1.23");
        // The names it looked up (once each), with what it got.
        let looked: Vec<&str> = run.lookups.iter().map(|l| l.name.as_str()).collect();
        assert!(looked.contains(&"intranet.school.example"), "{looked:?}");
    }

    #[test]
    fn sloppy_scripts_load_as_in_browsers() {
        // Undeclared assignments, octal-looking literals, a label before a function.
        let run = run(
            "WPAD: function FindProxyForURL(u, h) { counted = 01 + 08; return counted == 9 ? 'DIRECT' : 'PROXY p:1'; }",
            &["x"],
        )
        .unwrap();
        assert_eq!(routes(&run, 0), vec![PacRoute::Direct]);
    }

    #[test]
    fn dns_resolve_answers_null_for_nothing_and_literals_for_themselves() {
        let run = run(
            "function FindProxyForURL(u, h) { if (dnsResolve('nope.example') === null && dnsResolve(7) === null && dnsResolve('10.9.8.7') == '10.9.8.7' && !isInNet(dnsResolve('nope.example'), '10.0.0.0', '255.0.0.0')) return 'DIRECT'; return 'PROXY p:1'; }",
            &["x"],
        )
        .unwrap();
        assert_eq!(routes(&run, 0), vec![PacRoute::Direct]);
        assert_eq!(run.lookups.len(), 1, "{:?}", run.lookups);
        assert!(run.lookups[0].addresses.is_empty());
    }

    #[test]
    fn one_failing_host_keeps_the_others_answers_and_says_its_line() {
        let run = run(
            "function FindProxyForURL(u, h) {\n  if (h == 'bad') {\n    throw new Error('no rule for ' + h);\n  }\n  return 'PROXY a:1; PROXY Tim Cook; SOCKS s:2; SOCKS5 t:3; DIRECT';\n}\n",
            &["bad", "good"],
        )
        .unwrap();
        match &run.answers[0].result {
            Err(PacError::Script { message, line }) => {
                assert_eq!(message, "no rule for bad");
                assert_eq!(*line, Some(3));
            }
            other => panic!("{other:?}"),
        }
        let good = run.answers[1].result.clone().unwrap();
        let shown: Vec<String> = good.routes.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            vec![
                "PROXY http://a:1",
                "SOCKS socks4://s:2",
                "SOCKS socks5://t:3",
                "DIRECT"
            ]
        );
        assert_eq!(good.skipped, vec!["PROXY Tim Cook".to_string()]);
        assert_eq!(
            good.raw,
            "PROXY a:1; PROXY Tim Cook; SOCKS s:2; SOCKS5 t:3; DIRECT"
        );
    }

    #[test]
    fn the_ex_function_is_asked_only_where_the_os_asks_it() {
        let script = "function FindProxyForURL(u, h) { return 'PROXY classic:1'; }\nfunction FindProxyForURLEx(u, h) { return 'DIRECT'; }";
        let hosts = vec!["x".to_string()];
        let browser = evaluate(script, &hosts, resolver(), PacLimits::default()).unwrap();
        assert_eq!(browser.entry, Entry::FindProxyForUrl);
        let mut winhttp = resolver();
        winhttp.prefer_ex = true;
        let service = evaluate(script, &hosts, winhttp, PacLimits::default()).unwrap();
        assert_eq!(service.entry, Entry::FindProxyForUrlEx);
        assert_eq!(routes(&service, 0), vec![PacRoute::Direct]);
        // Only the Ex function, asked as browsers ask: nothing to call.
        let only_ex = evaluate(
            "function FindProxyForURLEx(u, h) { return 'DIRECT'; }",
            &hosts,
            resolver(),
            PacLimits::default(),
        );
        assert_eq!(only_ex.unwrap_err(), PacError::NoFunction);
    }

    #[test]
    fn alerts_are_kept_and_non_strings_fail_as_in_browsers() {
        let run = run(
            "function FindProxyForURL(u, h) { alert('checking ' + h); if (h == 'n') return null; return 'DIRECT'; }",
            &["a", "n"],
        )
        .unwrap();
        assert_eq!(run.alerts, vec!["checking a", "checking n"]);
        assert_eq!(
            run.answers[1].result,
            Err(PacError::NotAString("null".to_string()))
        );
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
        let run_one = |script: &str| run(script, &["x"]).map(|r| r.answers[0].result.clone());
        assert_eq!(
            run_one("function FindProxyForURL(u, h) { throw new Error('boom'); }").unwrap(),
            Err(PacError::Script {
                message: "boom".to_string(),
                line: Some(1)
            })
        );
        // The memory cap, not the clock, stops a greedy script: plenty of time, little memory.
        let started = Instant::now();
        let err = evaluate(
            "var a = []; while (true) { a.push(new Array(100000).join('x')); }",
            &["x".to_string()],
            resolver(),
            PacLimits {
                time: Duration::from_secs(20),
                memory: 4 * 1024 * 1024,
            },
        )
        .unwrap_err();
        assert!(
            matches!(&err, PacError::Script { message, .. } if message.contains("memory")),
            "{err:?}"
        );
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{:?}",
            started.elapsed()
        );
        let err = run("function FindProxyForURL(u, h) {", &["x"]).unwrap_err();
        assert!(matches!(err, PacError::Script { .. }), "{err:?}");
        let err = run("var x = 1;", &["x"]).unwrap_err();
        assert!(err.to_string().contains("FindProxyForURL"));
    }

    #[test]
    fn answers_parse_as_chromium_reads_them() {
        assert_eq!(parse_answer("DIRECT").0, vec![PacRoute::Direct]);
        let (routes, skipped) = parse_answer("PROXY a:1; SOCKS5 b:2; HTTPS c:3; DIRECT;");
        assert_eq!(routes.len(), 4);
        assert!(skipped.is_empty());
        // Nothing readable: DIRECT, with what was skipped.
        let (routes, skipped) = parse_answer("PROXY");
        assert_eq!(routes, vec![PacRoute::Direct]);
        assert_eq!(skipped, vec!["PROXY"]);
        let (routes, skipped) = parse_answer("TELEPORT now; PROXY http://x:1; PROXY ok:8080");
        assert_eq!(routes.len(), 1);
        assert_eq!(skipped.len(), 2);
        assert_eq!(parse_answer("").0, vec![PacRoute::Direct]);
        assert_eq!(
            parse_answer("SOCKS h").0[0].to_string(),
            "SOCKS socks4://h:1080"
        );
    }

    #[test]
    fn microsoft_extensions_behave_as_chromium_documents() {
        assert!(in_net_ex("::ffff:192.168.100.5", "192.168.1.1/16"));
        assert!(in_net_ex("127.0.0.1", "0:0:0:0:0:0:7f00:1/16"));
        assert!(!in_net_ex("localhost", "127.0.0.0/8"));
        assert!(!in_net_ex("10.0.0.1", "10.0.0.0/33"));
        assert!(!in_net_ex("127.0.0.1 ", "127.0.0.1/32"));
        assert!(in_net_ex("127.0.0.1", " 127.0.0.1 / 32 "));
        assert_eq!(
            sort_list("10.2.3.9; 2001:db8::1;10.2.3.1 ;0:0::1").as_deref(),
            Some("0:0::1;2001:db8::1;10.2.3.1;10.2.3.9")
        );
        assert_eq!(sort_list("10.1.1.1;nope"), None);
        assert!(is_ip_literal("::1") && is_ip_literal("2130706433") && !is_ip_literal("foo:112"));
    }
}
