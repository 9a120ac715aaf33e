//! Build script: on Windows, gives the .exe its icon and version information. Does nothing
//! elsewhere.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    #[cfg(windows)]
    {
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
}
