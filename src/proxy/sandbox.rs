//! What the PAC child may do: as little as running JavaScript needs. A school's network hands
//! out PAC files, and districts run Push Check as root (Jamf, systemd timers) or SYSTEM
//! (Intune, scheduled tasks), so the child drops what it does not need before it runs one:
//!
//! - **Linux**: it dies with the app (`PR_SET_PDEATHSIG`, and it checks the app is still its
//!   parent afterwards: the signal follows the spawning thread); as root it becomes `nobody`
//!   (no supplementary groups); no new privileges; Landlock forbids every file access (and
//!   TCP, where the kernel has Landlock's network rules); a seccomp filter allows only what
//!   QuickJS and the allocator need — reading the request pipe, writing the answer pipe,
//!   memory, time, futexes, random numbers — and makes every other system call fail with
//!   `EPERM` (sockets, opening files), never kill: the pipes are the only way out. What glibc
//!   loads lazily (the time zone, for `timeRange`) is loaded first.
//! - **Windows**: the app puts the child in a job object before it sends the request (CPU
//!   time, memory, killed when the app closes the job or goes away); the child lowers itself
//!   to low integrity, so it can write nowhere a user's files are.
//! - **macOS**: as root it becomes `nobody`; `sandbox_init`'s pure-computation profile (no
//!   files, no network); a CPU limit (macOS does not enforce an address-space limit).
//!
//! The one module with `unsafe`: the Windows and macOS calls that have no safe wrapper, each
//! with its SAFETY note. Linux uses `nix`, `landlock` and `seccompiler`.
#![allow(unsafe_code)]

/// Confines this (child) process before it runs a PAC file: what was done, in order, or why
/// it could not be confined enough to run a file from the network.
pub fn confine() -> Result<Vec<String>, String> {
    let mut done = Vec::new();
    #[cfg(target_os = "linux")]
    linux::confine(&mut done)?;
    #[cfg(target_os = "macos")]
    macos::confine(&mut done)?;
    #[cfg(windows)]
    windows::confine(&mut done)?;
    Ok(done)
}

/// Drops root for `nobody` (and no supplementary groups); nothing when not root.
#[cfg(unix)]
fn drop_root(done: &mut Vec<String>) -> Result<(), String> {
    use nix::unistd::{Gid, Uid, User, geteuid, setgid, setuid};
    if !geteuid().is_root() {
        return Ok(());
    }
    let (uid, gid) = match User::from_name("nobody") {
        Ok(Some(user)) => (user.uid, user.gid),
        _ => (Uid::from_raw(65534), Gid::from_raw(65534)),
    };
    #[cfg(not(target_os = "macos"))]
    nix::unistd::setgroups(&[]).map_err(|e| format!("dropping groups: {e}"))?;
    #[cfg(target_os = "macos")]
    {
        // nix has no setgroups for Apple's systems (their count is an int).
        // SAFETY: a count of 0 with a null list reads no memory; it only clears this
        // process's supplementary groups.
        let cleared = unsafe { libc::setgroups(0, std::ptr::null()) };
        if cleared != 0 {
            return Err(format!(
                "dropping groups: {}",
                std::io::Error::last_os_error()
            ));
        }
    }
    setgid(gid).map_err(|e| format!("becoming group {gid}: {e}"))?;
    setuid(uid).map_err(|e| format!("becoming user {uid}: {e}"))?;
    if geteuid().is_root() || nix::unistd::getuid().is_root() {
        return Err("still root after dropping privileges".to_string());
    }
    done.push(format!("user {uid} (nobody) instead of root"));
    Ok(())
}

#[cfg(target_os = "linux")]
mod linux {
    use std::collections::BTreeMap;

    use landlock::{
        ABI, Access, AccessFs, AccessNet, CompatLevel, Compatible, Ruleset, RulesetAttr,
        RulesetStatus,
    };
    use nix::sys::signal::Signal;
    use seccompiler::{
        SeccompAction, SeccompCmpArgLen, SeccompCmpOp, SeccompCondition, SeccompFilter, SeccompRule,
    };

    pub(super) fn confine(done: &mut Vec<String>) -> Result<(), String> {
        let parent = nix::unistd::getppid();
        // Root is dropped first: changing user clears the parent-death signal.
        super::drop_root(done)?;
        // Dies with the app. The signal follows the thread that spawned this process, so the
        // parent is checked again after asking for it: it may have gone in between.
        nix::sys::prctl::set_pdeathsig(Signal::SIGKILL)
            .map_err(|e| format!("asking to die with the app: {e}"))?;
        if nix::unistd::getppid() != parent {
            std::process::exit(0);
        }
        done.push("killed when the app ends".to_string());
        nix::sys::prctl::set_no_new_privs().map_err(|e| format!("no new privileges: {e}"))?;
        done.push("no new privileges".to_string());
        landlock(done);
        seccomp()?;
        done.push("system calls limited to memory, time and its two pipes".to_string());
        Ok(())
    }

    /// No file access at all, and no TCP where the kernel has network rules: best effort,
    /// as older kernels have no Landlock (the seccomp filter forbids opening files anyway).
    fn landlock(done: &mut Vec<String>) {
        let abi = ABI::V6;
        let status = Ruleset::default()
            .set_compatibility(CompatLevel::BestEffort)
            .handle_access(AccessFs::from_all(abi))
            .and_then(|r| r.handle_access(AccessNet::from_all(abi)))
            .and_then(|r| r.create())
            .and_then(|r| r.restrict_self());
        done.push(match status {
            Ok(s) if s.ruleset == RulesetStatus::FullyEnforced => {
                "Landlock: no file or network access".to_string()
            }
            Ok(s) if s.ruleset == RulesetStatus::PartiallyEnforced => {
                "Landlock: no file access (this kernel's rules in part)".to_string()
            }
            Ok(_) => "Landlock: not available in this kernel".to_string(),
            Err(e) => format!("Landlock: not applied ({e})"),
        });
    }

    /// The system calls a PAC run needs; everything else fails with EPERM.
    fn seccomp() -> Result<(), String> {
        let fd_is = |fd: u64| {
            SeccompCondition::new(0, SeccompCmpArgLen::Dword, SeccompCmpOp::Eq, fd)
                .and_then(|c| SeccompRule::new(vec![c]))
        };
        let rule = |fds: &[u64]| -> Result<Vec<SeccompRule>, seccompiler::BackendError> {
            fds.iter().map(|fd| fd_is(*fd)).collect()
        };
        let mut rules: BTreeMap<i64, Vec<SeccompRule>> = BTreeMap::new();
        // The request and the answers to lookups come in on standard input; answers go out on
        // standard output; a panic's message on standard error.
        rules.insert(libc::SYS_read, rule(&[0]).map_err(|e| e.to_string())?);
        rules.insert(libc::SYS_write, rule(&[1, 2]).map_err(|e| e.to_string())?);
        for call in [
            libc::SYS_close,
            libc::SYS_exit,
            libc::SYS_exit_group,
            libc::SYS_brk,
            libc::SYS_mmap,
            libc::SYS_munmap,
            libc::SYS_mremap,
            libc::SYS_mprotect,
            libc::SYS_madvise,
            libc::SYS_futex,
            libc::SYS_rt_sigreturn,
            libc::SYS_rt_sigprocmask,
            libc::SYS_rt_sigaction,
            libc::SYS_sigaltstack,
            libc::SYS_getrandom,
            libc::SYS_clock_gettime,
            libc::SYS_clock_getres,
            libc::SYS_gettimeofday,
            libc::SYS_clock_nanosleep,
            libc::SYS_nanosleep,
            libc::SYS_sched_yield,
            libc::SYS_getpid,
            libc::SYS_getppid,
            libc::SYS_gettid,
            libc::SYS_getuid,
            libc::SYS_geteuid,
            libc::SYS_getgid,
            libc::SYS_getegid,
            libc::SYS_tgkill,
        ] {
            rules.insert(call, Vec::new());
        }
        let arch = std::env::consts::ARCH
            .try_into()
            .map_err(|e: seccompiler::BackendError| e.to_string())?;
        let filter = SeccompFilter::new(
            rules,
            SeccompAction::Errno(libc::EPERM as u32),
            SeccompAction::Allow,
            arch,
        )
        .map_err(|e| e.to_string())?;
        let program: seccompiler::BpfProgram = filter
            .try_into()
            .map_err(|e: seccompiler::BackendError| format!("the system-call filter: {e}"))?;
        seccompiler::apply_filter(&program).map_err(|e| format!("the system-call filter: {e}"))
    }
}

#[cfg(target_os = "macos")]
mod macos {
    use std::ffi::{CStr, c_char, c_int};

    unsafe extern "C" {
        /// libsandbox (part of libSystem): applies a named profile to this process.
        fn sandbox_init(profile: *const c_char, flags: u64, errorbuf: *mut *mut c_char) -> c_int;
        fn sandbox_free_error(errorbuf: *mut c_char);
        /// The profile that allows computation only: no files, no network.
        static kSBXProfilePureComputation: *const c_char;
    }

    /// `SANDBOX_NAMED`: the profile is one of the built-in names.
    const SANDBOX_NAMED: u64 = 1;

    pub(super) fn confine(done: &mut Vec<String>) -> Result<(), String> {
        super::drop_root(done)?;
        let mut error: *mut c_char = std::ptr::null_mut();
        // SAFETY: `kSBXProfilePureComputation` is a static C string exported by libsandbox;
        // `sandbox_init` reads it, and writes an allocated message to `error` on failure only,
        // which is read once and freed with `sandbox_free_error` as its manual says.
        let status = unsafe { sandbox_init(kSBXProfilePureComputation, SANDBOX_NAMED, &mut error) };
        if status != 0 {
            let message = if error.is_null() {
                "unknown error".to_string()
            } else {
                // SAFETY: on failure `error` points to a NUL-terminated message from
                // sandbox_init, freed right after it is copied.
                let text = unsafe { CStr::from_ptr(error) }
                    .to_string_lossy()
                    .into_owned();
                // SAFETY: `error` came from sandbox_init and is freed once.
                unsafe { sandbox_free_error(error) };
                text
            };
            return Err(format!("the macOS sandbox: {message}"));
        }
        done.push("macOS sandbox: computation only".to_string());
        Ok(())
    }
}

#[cfg(windows)]
mod windows {
    use windows_sys::Win32::Foundation::{CloseHandle, HANDLE};
    use windows_sys::Win32::Security::{
        CreateWellKnownSid, SECURITY_MAX_SID_SIZE, SID_AND_ATTRIBUTES, SetTokenInformation,
        TOKEN_ADJUST_DEFAULT, TOKEN_MANDATORY_LABEL, TOKEN_QUERY, TokenIntegrityLevel,
        WinLowLabelSid,
    };
    use windows_sys::Win32::System::SystemServices::SE_GROUP_INTEGRITY;
    use windows_sys::Win32::System::Threading::{GetCurrentProcess, OpenProcessToken};

    /// The child lowers itself to low integrity: it can then write nowhere a user's or the
    /// system's files are.
    pub(super) fn confine(done: &mut Vec<String>) -> Result<(), String> {
        let mut sid = [0u8; SECURITY_MAX_SID_SIZE as usize];
        let mut size = SECURITY_MAX_SID_SIZE;
        // SAFETY: `sid` is a writable buffer of `size` bytes, as CreateWellKnownSid needs for
        // a well-known SID without a domain.
        let made = unsafe {
            CreateWellKnownSid(
                WinLowLabelSid,
                std::ptr::null_mut(),
                sid.as_mut_ptr().cast(),
                &mut size,
            )
        };
        if made == 0 {
            return Err(format!(
                "the low-integrity label: {}",
                std::io::Error::last_os_error()
            ));
        }
        let mut token: HANDLE = std::ptr::null_mut();
        // SAFETY: GetCurrentProcess returns a pseudo-handle that needs no closing; `token`
        // receives a handle closed below.
        let opened = unsafe {
            OpenProcessToken(
                GetCurrentProcess(),
                TOKEN_ADJUST_DEFAULT | TOKEN_QUERY,
                &mut token,
            )
        };
        if opened == 0 {
            return Err(format!(
                "opening this process's token: {}",
                std::io::Error::last_os_error()
            ));
        }
        let label = TOKEN_MANDATORY_LABEL {
            Label: SID_AND_ATTRIBUTES {
                Sid: sid.as_mut_ptr().cast(),
                Attributes: SE_GROUP_INTEGRITY as u32,
            },
        };
        // SAFETY: `label` points into `sid`, which outlives the call; the size passed is the
        // structure's plus the SID's, as TokenIntegrityLevel expects.
        let set = unsafe {
            SetTokenInformation(
                token,
                TokenIntegrityLevel,
                (&label as *const TOKEN_MANDATORY_LABEL).cast(),
                (std::mem::size_of::<TOKEN_MANDATORY_LABEL>() + size as usize) as u32,
            )
        };
        let error = std::io::Error::last_os_error();
        // SAFETY: `token` was opened above and is closed once.
        unsafe { CloseHandle(token) };
        if set == 0 {
            return Err(format!("lowering to low integrity: {error}"));
        }
        done.push("low integrity".to_string());
        Ok(())
    }
}

/// The app's hold on a Windows child's job object: CPU time, memory, and the child killed
/// when this is dropped (or the app goes away). Elsewhere nothing.
pub struct Contained {
    #[cfg(windows)]
    job: windows_sys::Win32::Foundation::HANDLE,
}

// SAFETY: the job handle is only closed on drop, from whichever thread holds this; a kernel
// handle may be used and closed from any thread.
#[cfg(windows)]
unsafe impl Send for Contained {}

#[cfg(windows)]
impl Drop for Contained {
    fn drop(&mut self) {
        // SAFETY: `job` came from CreateJobObjectW and is closed exactly once, here; with
        // KILL_ON_JOB_CLOSE this ends the child if it is still running.
        unsafe { windows_sys::Win32::Foundation::CloseHandle(self.job) };
    }
}

/// Puts `child` in a job object limited to `cpu` of processor time and `memory` bytes,
/// killed when the job closes (Windows); before the child is sent anything.
#[cfg(windows)]
pub fn contain(
    child: &tokio::process::Child,
    cpu: std::time::Duration,
    memory: usize,
) -> Result<Contained, String> {
    use windows_sys::Win32::System::JobObjects::{
        AssignProcessToJobObject, CreateJobObjectW, JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE,
        JOB_OBJECT_LIMIT_PROCESS_MEMORY, JOB_OBJECT_LIMIT_PROCESS_TIME,
        JOBOBJECT_EXTENDED_LIMIT_INFORMATION, JobObjectExtendedLimitInformation,
        SetInformationJobObject,
    };
    let Some(process) = child.raw_handle() else {
        return Err("the child has already ended".to_string());
    };
    // SAFETY: no security attributes and no name: an anonymous job, closed by `Contained`.
    let job = unsafe { CreateJobObjectW(std::ptr::null(), std::ptr::null()) };
    if job.is_null() {
        return Err(format!(
            "creating a job object: {}",
            std::io::Error::last_os_error()
        ));
    }
    let contained = Contained { job };
    let mut limits = JOBOBJECT_EXTENDED_LIMIT_INFORMATION::default();
    limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_PROCESS_TIME
        | JOB_OBJECT_LIMIT_PROCESS_MEMORY
        | JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
    // In units of 100 ns.
    limits.BasicLimitInformation.PerProcessUserTimeLimit =
        i64::try_from(cpu.as_nanos() / 100).unwrap_or(i64::MAX);
    limits.ProcessMemoryLimit = memory;
    // SAFETY: `limits` is the structure JobObjectExtendedLimitInformation names, with its
    // size; `job` is open.
    let set = unsafe {
        SetInformationJobObject(
            job,
            JobObjectExtendedLimitInformation,
            (&limits as *const JOBOBJECT_EXTENDED_LIMIT_INFORMATION).cast(),
            std::mem::size_of::<JOBOBJECT_EXTENDED_LIMIT_INFORMATION>() as u32,
        )
    };
    if set == 0 {
        return Err(format!(
            "limiting the job object: {}",
            std::io::Error::last_os_error()
        ));
    }
    // SAFETY: both handles are open: the job above, the process while `child` lives.
    let assigned = unsafe { AssignProcessToJobObject(job, process as _) };
    if assigned == 0 {
        return Err(format!(
            "putting the PAC child in its job object: {}",
            std::io::Error::last_os_error()
        ));
    }
    Ok(contained)
}

/// Elsewhere the child limits itself (rlimits, seccomp, Landlock): nothing to hold.
#[cfg(not(windows))]
pub fn contain(
    _child: &tokio::process::Child,
    _cpu: std::time::Duration,
    _memory: usize,
) -> Result<Contained, String> {
    Ok(Contained {})
}
