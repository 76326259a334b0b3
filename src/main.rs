//! Built for the host, this binary is the `wsadmin-prep` command line; built for wasm32,
//! it is the web app's entry point.

#[cfg(not(target_arch = "wasm32"))]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {
    wsadmin_prep::web::start();
}
