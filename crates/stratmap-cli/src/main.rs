//! `stratmap`: the headless command line over the core. Errors are one line on stderr and
//! exit status 1; usage errors exit 2 (clap).

mod args;
mod host;
mod log;
mod output;
mod run;

use clap::Parser;

fn main() {
    let cli = args::Cli::parse();
    let mut stdout = std::io::stdout().lock();
    if let Err(err) = run::run(cli, &mut stdout) {
        let message = err.to_string().replace('\n', " ");
        eprintln!("stratmap: {message}");
        std::process::exit(1);
    }
}
