//! Build script: for Windows targets, gives the .exe its icon and version information, also when
//! cross-built from Linux or macOS (with mingw's windres). Does nothing for other targets.
//! `cfg(windows)` here would describe the machine that builds, not the target: the target is
//! `CARGO_CFG_TARGET_OS`.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    println!("cargo:rerun-if-changed=assets/icons/pushcheck.ico");
    let mut res = winresource::WindowsResource::new();
    res.set_icon("assets/icons/pushcheck.ico")
        .set("ProductName", "Push Check")
        .set(
            "FileDescription",
            "Push Check: can Apple devices reach Apple's push service?",
        )
        .set("LegalCopyright", "Push Check developers, MIT OR Apache-2.0");
    if let Err(e) = res.compile() {
        println!("cargo:warning=no Windows resources: {e}");
    }
}
