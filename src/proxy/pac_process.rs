//! PAC files run in a child process of this same program, as browsers resolve proxies in a
//! utility process. QuickJS's interrupt handler is not enough on its own: built-ins such as
//! `[].indexOf.call({length: 2**53-1}, 1)` loop in C without asking it. The child has memory
//! and CPU limits where the OS has them (`RLIMIT_AS`, `RLIMIT_CPU`), and the parent kills it
//! when its cap or the run's deadline comes, whichever is first. Nothing can keep a run, or a
//! thread of the window, busy past that.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::IpAddr;
use std::path::Path;
use std::process::Stdio;
use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::time::{Instant, timeout_at};

use super::pac::{PacError, PacLimits, PacRoute, evaluate};

/// The hidden command the child runs: `pushcheck pac-eval`, a request on standard input.
pub const CHILD_COMMAND: &str = "pac-eval";

/// What the parent asks the child.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Request {
    /// The PAC file's text.
    pub script: String,
    /// The hosts to ask `FindProxyForURL` about.
    pub hosts: Vec<String>,
    /// What `dnsResolve` answers: this run's lookups, nothing else.
    pub known: HashMap<String, IpAddr>,
    /// What `myIpAddress` answers.
    pub my_ip: IpAddr,
    /// The child's own time cap, in milliseconds.
    pub time_ms: u64,
    /// QuickJS's memory cap, in bytes.
    pub memory: usize,
}

/// The answers per host, or why there are none.
pub type Answers = Result<Vec<(String, Vec<PacRoute>)>, PacError>;

/// Most bytes of answers the parent reads from a child.
const MOST_REPLY: u64 = 1024 * 1024;

/// The child: reads a request, limits itself, evaluates, writes the answers. Returns the
/// process's exit status.
pub fn child_main() -> i32 {
    let mut input = String::new();
    if std::io::stdin()
        .take(64 * 1024 * 1024)
        .read_to_string(&mut input)
        .is_err()
    {
        return 2;
    }
    let Ok(request) = serde_json::from_str::<Request>(&input) else {
        return 2;
    };
    limit_self(&request);
    let known = Arc::new(request.known);
    let resolver: super::pac::Resolver =
        Arc::new(move |h: &str| known.get(&h.to_ascii_lowercase()).copied());
    let limits = PacLimits {
        time: Duration::from_millis(request.time_ms),
        memory: request.memory,
    };
    let answers: Answers = evaluate(
        &request.script,
        &request.hosts,
        resolver,
        request.my_ip,
        limits,
    );
    let reply = serde_json::to_string(&answers).unwrap_or_default();
    let mut out = std::io::stdout().lock();
    if out
        .write_all(reply.as_bytes())
        .and_then(|()| out.flush())
        .is_err()
    {
        return 2;
    }
    0
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

/// Runs `request` in a child process of `program` (this program's binary), killed when its
/// cap or `deadline` comes, whichever is first.
pub async fn evaluate_in_child(program: &Path, request: &Request, deadline: Instant) -> Answers {
    let cap = Duration::from_millis(request.time_ms);
    // The child's own cap ends it cleanly; a little grace for starting and answering, then
    // the kill. The run's deadline always wins.
    let kill_at = (Instant::now() + cap + Duration::from_millis(500)).min(deadline);
    let stopped = || PacError::TooSlow(cap);
    let input = serde_json::to_vec(request).map_err(|e| PacError::Script(e.to_string()))?;
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
        PacError::Script(format!(
            "the PAC sandbox could not start ({}: {e})",
            program.display()
        ))
    })?;
    let (Some(mut stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
        return Err(PacError::Script("the PAC sandbox has no pipes".to_string()));
    };
    let talk = async {
        stdin.write_all(&input).await?;
        drop(stdin);
        let mut reply = Vec::new();
        stdout.take(MOST_REPLY).read_to_end(&mut reply).await?;
        let status = child.wait().await?;
        Ok::<_, std::io::Error>((status, reply))
    };
    match timeout_at(kill_at, talk).await {
        Err(_) => {
            // Still running at its deadline: a loop in C the interrupt cannot reach.
            let _ = child.kill().await;
            Err(stopped())
        }
        Ok(Err(e)) => {
            let _ = child.kill().await;
            Err(PacError::Script(format!("the PAC sandbox failed: {e}")))
        }
        Ok(Ok((status, reply))) => match serde_json::from_slice::<Answers>(&reply) {
            Ok(answers) => answers,
            // Killed by its CPU or memory limit (or crashed) before answering.
            Err(_) if !status.success() => Err(PacError::Script(
                "the PAC file used more memory or CPU time than allowed and was stopped"
                    .to_string(),
            )),
            Err(e) => Err(PacError::Script(format!(
                "the PAC sandbox answered nonsense: {e}"
            ))),
        },
    }
}
