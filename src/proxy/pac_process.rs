//! PAC files run in a child process of this same program, as browsers resolve proxies in a
//! utility process. QuickJS's interrupt handler is not enough on its own: built-ins such as
//! `[].indexOf.call({length: 2**53-1}, 1)` loop in C without asking it. The child has memory
//! and CPU limits where the OS has them (`RLIMIT_AS`, `RLIMIT_CPU`), and the parent kills it
//! when its cap or the run's deadline comes, whichever is first. Nothing can keep a run, or a
//! thread of the window, busy past that.
//!
//! The two talk in lines of JSON over the child's standard input and output: the parent sends
//! the request; the child asks the parent for each name the PAC file looks up that the run
//! did not already resolve (the child itself does no I/O), and finally sends its run.

use std::collections::HashMap;
use std::io::{BufRead, Write};
use std::net::IpAddr;
use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt};
use tokio::time::{Instant, timeout_at};

use super::pac::{PacEnv, PacError, PacLimits, PacRun, evaluate};

/// The hidden command the child runs: `pushcheck pac-eval`, requests on standard input.
pub const CHILD_COMMAND: &str = "pac-eval";

/// What the parent asks the child.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Request {
    /// The PAC file's text.
    pub script: String,
    /// The hosts to ask the file about.
    pub hosts: Vec<String>,
    /// What this run's lookups found (names in lower case): answered without asking.
    pub known: HashMap<String, Vec<IpAddr>>,
    /// This computer's addresses, most preferred first (`myIpAddress`).
    pub my_ip: Vec<IpAddr>,
    /// Ask `FindProxyForURLEx` when the file defines it (Windows' WinHTTP does).
    pub prefer_ex: bool,
    /// The child's own time cap, in milliseconds.
    pub time_ms: u64,
    /// QuickJS's memory cap, in bytes.
    pub memory: usize,
}

/// The run, or why the file could not be run.
pub type Outcome = Result<PacRun, PacError>;

/// A line from the child.
#[derive(Debug, Serialize, Deserialize)]
enum FromChild {
    /// Please resolve this name.
    Resolve(String),
    /// The end: the file's run.
    Done(Outcome),
}

/// Most bytes of one line from the child (a run with many hosts and lookups fits).
const MOST_LINE: usize = 1024 * 1024;
/// Most names one PAC run may have the parent look up.
const MOST_LOOKUPS: usize = 64;
/// The longest one lookup may take.
const LOOKUP_CAP: Duration = Duration::from_millis(1500);

/// The child: reads a request, limits itself, evaluates, writes the answers. Returns the
/// process's exit status.
pub fn child_main() -> i32 {
    let mut line = String::new();
    // The lock is let go at once: the PAC file's lookups read their answers from it later.
    if std::io::Read::take(std::io::stdin().lock(), 64 * 1024 * 1024)
        .read_line(&mut line)
        .is_err()
    {
        return 2;
    }
    let Ok(request) = serde_json::from_str::<Request>(&line) else {
        return 2;
    };
    limit_self(&request);
    super::pac::warm_up();
    if let Err(why) = super::sandbox::confine() {
        let refused = PacError::Sandbox(format!("it could not confine itself: {why}"));
        return i32::from(send(&FromChild::Done(Err(refused))).is_err()) * 2;
    }
    #[cfg(debug_assertions)]
    probe_confinement();
    let known = request.known.clone();
    let resolve = move |name: &str| -> Vec<IpAddr> {
        if let Some(found) = known.get(&name.to_ascii_lowercase()) {
            return found.clone();
        }
        ask_parent(name).unwrap_or_default()
    };
    let env = PacEnv {
        my_ip: request.my_ip.clone(),
        prefer_ex: request.prefer_ex,
        resolve: Box::new(resolve),
    };
    let limits = PacLimits {
        time: Duration::from_millis(request.time_ms),
        memory: request.memory,
    };
    // A panic is a bug in Push Check, and is said so, not taken for the file's limits.
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        test_panic();
        evaluate(&request.script, &request.hosts, env, limits)
    }))
    .unwrap_or_else(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic".to_string());
        Err(PacError::Internal(message))
    });
    if send(&FromChild::Done(outcome)).is_err() {
        return 2;
    }
    0
}

/// For the tests of debug builds only: `PUSHCHECK_TEST_PANIC=pac:` makes the sandbox panic,
/// as a bug would (the engine's tasks read the same variable). Release builds have no such
/// hook.
fn test_panic() {
    #[cfg(debug_assertions)]
    if std::env::var("PUSHCHECK_TEST_PANIC").is_ok_and(|v| v.starts_with("pac:")) {
        panic!("fault injected into the PAC sandbox");
    }
}

/// For the tests of debug builds only (`PUSHCHECK_TEST_SANDBOX_PROBE`): what the confined
/// child can still do, on standard error, before it runs the file.
#[cfg(debug_assertions)]
fn probe_confinement() {
    if std::env::var_os("PUSHCHECK_TEST_SANDBOX_PROBE").is_none() {
        return;
    }
    let said = |what: &str, result: std::io::Result<()>| match result {
        Ok(()) => eprintln!("probe {what}: allowed"),
        Err(e) => eprintln!("probe {what}: denied ({e})"),
    };
    said(
        "socket",
        std::net::UdpSocket::bind("127.0.0.1:0").map(|_| ()),
    );
    said("open", std::fs::File::open("/etc/hosts").map(|_| ()));
    said(
        "create",
        std::fs::File::create("/tmp/pushcheck-sandbox-probe").map(|_| ()),
    );
    #[cfg(unix)]
    eprintln!(
        "probe uid: {} euid: {}",
        nix::unistd::getuid(),
        nix::unistd::geteuid()
    );
}

/// One line to the parent.
fn send(message: &FromChild) -> std::io::Result<()> {
    let text = serde_json::to_string(message).map_err(std::io::Error::other)?;
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.write_all(b"\n")?;
    out.flush()
}

/// Asks the parent to resolve `name`; its answer, or `None` when the pipe broke.
fn ask_parent(name: &str) -> Option<Vec<IpAddr>> {
    send(&FromChild::Resolve(name.to_string())).ok()?;
    let mut line = String::new();
    std::io::Read::take(std::io::stdin().lock(), 64 * 1024)
        .read_line(&mut line)
        .ok()?;
    serde_json::from_str(&line).ok()
}

/// Memory and CPU limits on this (child) process, where the OS has them.
fn limit_self(request: &Request) {
    #[cfg(unix)]
    {
        use rlimit::Resource;
        // Address space: the program's own mappings plus QuickJS's cap, with room to spare.
        let space = (512 * 1024 * 1024 + request.memory as u64 * 4).min(1 << 30);
        let _ = Resource::AS.set(space, space);
        // CPU seconds: the time cap, rounded up, and one more.
        let cpu = request.time_ms.div_ceil(1000) + 1;
        let _ = Resource::CPU.set(cpu, cpu);
    }
    #[cfg(not(unix))]
    let _ = request;
}

/// `CREATE_NO_WINDOW` of the Windows process creation flags.
#[cfg(windows)]
const CREATE_NO_WINDOW: u32 = 0x0800_0000;

/// The parent's answer to a lookup: the system resolver (what browsers use), IPv4 and IPv6,
/// under the deadline; nothing when it fails.
async fn system_lookup(name: &str, deadline: Instant) -> Vec<IpAddr> {
    let until = deadline.min(Instant::now() + LOOKUP_CAP);
    match timeout_at(until, tokio::net::lookup_host((name.to_string(), 0u16))).await {
        Ok(Ok(addrs)) => {
            let mut out: Vec<IpAddr> = Vec::new();
            for a in addrs.map(|sa| sa.ip()) {
                if !out.contains(&a) {
                    out.push(a);
                }
            }
            out
        }
        _ => Vec::new(),
    }
}

/// Runs `request` in a child process of `program` (this program's binary), killed when its
/// cap or `deadline` comes, whichever is first. Names the file looks up that the request
/// does not know are resolved here, through the system resolver, under the same deadline.
pub async fn evaluate_in_child(program: &Path, request: &Request, deadline: Instant) -> Outcome {
    let cap = Duration::from_millis(request.time_ms);
    // The child's own cap ends it cleanly; a little grace for starting and answering, then
    // the kill. The run's deadline always wins.
    let kill_at = (Instant::now() + cap + Duration::from_millis(500)).min(deadline);
    let stopped = || PacError::TooSlow(cap);
    let mut input = serde_json::to_vec(request).map_err(|e| PacError::Sandbox(e.to_string()))?;
    input.push(b'\n');
    let mut command = tokio::process::Command::new(program);
    command
        .arg(CHILD_COMMAND)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true);
    // Started from the window (which has no console), a console program would flash a black
    // console window on Windows: the sandbox gets none, and talks through its pipes only.
    #[cfg(windows)]
    command.creation_flags(CREATE_NO_WINDOW);
    let mut child = command.spawn().map_err(|e| {
        PacError::Sandbox(format!("it could not start ({}: {e})", program.display()))
    })?;
    // On Windows, into its job object before it is sent anything; kept until it is done.
    let _contained = super::sandbox::contain(
        &child,
        cap + Duration::from_secs(1),
        request.memory.saturating_mul(4).max(256 * 1024 * 1024),
    )
    .map_err(|why| PacError::Sandbox(format!("it could not be contained: {why}")))?;
    let (Some(mut stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
        return Err(PacError::Sandbox("it has no pipes".to_string()));
    };
    let talk = async {
        stdin.write_all(&input).await?;
        stdin.flush().await?;
        let mut lines = tokio::io::BufReader::new(stdout);
        let mut lookups = 0usize;
        loop {
            let mut line = Vec::new();
            let read = (&mut lines)
                .take(MOST_LINE as u64)
                .read_until(b'\n', &mut line)
                .await?;
            if read == 0 {
                let status = child.wait().await?;
                return Ok::<_, std::io::Error>(Err(status));
            }
            match serde_json::from_slice::<FromChild>(&line) {
                Ok(FromChild::Done(outcome)) => {
                    drop(stdin);
                    let _ = child.wait().await;
                    return Ok(Ok(Ok(outcome)));
                }
                Ok(FromChild::Resolve(name)) => {
                    lookups += 1;
                    let found = if lookups > MOST_LOOKUPS {
                        Vec::new()
                    } else {
                        system_lookup(&name, kill_at).await
                    };
                    let mut reply = serde_json::to_vec(&found).map_err(std::io::Error::other)?;
                    reply.push(b'\n');
                    stdin.write_all(&reply).await?;
                    stdin.flush().await?;
                }
                Err(e) => return Ok(Ok(Err(e))),
            }
        }
    };
    match timeout_at(kill_at, talk).await {
        Err(_) => {
            // Still running at its deadline: a loop in C the interrupt cannot reach.
            let _ = child.kill().await;
            Err(stopped())
        }
        Ok(Err(e)) => {
            let _ = child.kill().await;
            Err(PacError::Sandbox(e.to_string()))
        }
        Ok(Ok(Ok(Ok(outcome)))) => outcome,
        Ok(Ok(Ok(Err(e)))) => {
            let _ = child.kill().await;
            Err(PacError::Sandbox(format!("it answered nonsense: {e}")))
        }
        // Ended without an answer: killed by its CPU or memory limit, or it crashed.
        Ok(Ok(Err(_status))) => Err(PacError::Limits),
    }
}
