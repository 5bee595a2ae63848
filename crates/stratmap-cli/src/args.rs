//! The command-line contract (DESIGN.md). Numbers are taken as text and checked by the core, so a
//! bad number is a clear input error (exit 1), not a usage error.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use stratmap_core::{Error, Result};
use uuid::Uuid;

#[derive(Debug, Parser)]
#[command(
    name = "stratmap",
    version,
    about = "Map strategy on the product-centric ↔ customer-centric axis"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new canvas file from a template
    New {
        file: PathBuf,
        /// The canvas title (default: the file name)
        #[arg(long)]
        title: Option<String>,
        /// basic = the 3 core areas; full = all 8 areas
        #[arg(long, default_value = "basic", value_parser = ["basic", "full"])]
        template: String,
    },
    /// Add an initiative; prints its id
    Add(AddArgs),
    /// Move an initiative along the axis (and optionally to another area)
    Move {
        file: PathBuf,
        id: String,
        #[arg(long, allow_hyphen_values = true)]
        position: String,
        #[arg(long)]
        area: Option<String>,
    },
    /// Set where an area should be on the axis ("none" clears it)
    SetTarget {
        file: PathBuf,
        #[arg(long)]
        area: String,
        #[arg(long, allow_hyphen_values = true)]
        target: String,
    },
    /// Host a live session on FILE: participants join from their own browsers on this network
    ///
    /// Prints the participants link and the facilitator link, then serves until Ctrl-C or
    /// SIGTERM. Started again on the same file, it resumes the same session (same links).
    Host {
        file: PathBuf,
        /// The address to listen on (default: this machine's private network address;
        /// 127.0.0.1 = this computer only; 0.0.0.0 = every network)
        #[arg(long)]
        bind: Option<String>,
        /// The port (default: the one the session used last, when free; 0 = any free port)
        #[arg(long)]
        port: Option<String>,
    },
    /// Print the canvas
    Show {
        file: PathBuf,
        /// Print the stratmap/1 JSON document
        #[arg(long)]
        json: bool,
    },
    /// Export the canvas to another format
    Export(ExportArgs),
    /// Import a .json document or a Stratmap .png (new canvas FILE), or a .csv of initiatives (added to FILE)
    Import { source: PathBuf, file: PathBuf },
    /// Freeze the current state under a name
    Snapshot { file: PathBuf, name: String },
    /// Show what moved, was added or removed between two states
    Compare {
        file: PathBuf,
        /// A snapshot name
        #[arg(long)]
        from: String,
        /// A snapshot name, or "current" (the default)
        #[arg(long, default_value = "current")]
        to: String,
        #[arg(long)]
        json: bool,
    },
    /// Put a snapshot's content back (logged in the decision log like any change)
    Restore { file: PathBuf, name: String },
    /// Print the decision log: every change, when, and the reason given
    Log {
        file: PathBuf,
        /// Only this initiative's entries (its id)
        #[arg(long)]
        initiative: Option<String>,
        /// Write the log as CSV instead ("-" for standard output); formula-like text is escaped
        #[arg(long, value_name = "OUT")]
        csv: Option<PathBuf>,
    },
}

#[derive(Debug, Args)]
pub struct AddArgs {
    pub file: PathBuf,
    #[arg(long)]
    pub area: String,
    #[arg(long, allow_hyphen_values = true)]
    pub title: String,
    #[arg(long, allow_hyphen_values = true)]
    pub position: String,
    #[arg(long, allow_hyphen_values = true)]
    pub target: Option<String>,
    #[arg(long, allow_hyphen_values = true)]
    pub owner: Option<String>,
    #[arg(long)]
    pub status: Option<String>,
    #[arg(long, allow_hyphen_values = true)]
    pub impact: Option<String>,
    #[arg(long, allow_hyphen_values = true)]
    pub notes: Option<String>,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("format").required(true).multiple(false).args(["json", "png", "pdf", "svg", "jsoncanvas", "csv"])))]
pub struct ExportArgs {
    pub file: PathBuf,
    /// The stratmap/1 JSON document ("-" for standard output)
    #[arg(long, value_name = "OUT")]
    pub json: Option<PathBuf>,
    /// The canvas as a PNG picture (it carries the canvas, for `stratmap import`)
    #[arg(long, value_name = "OUT")]
    pub png: Option<PathBuf>,
    /// The PDF summary: the canvas, each area's initiatives, the self-assessment, the voting,
    /// the decision log, then the snapshots
    #[arg(long, value_name = "OUT")]
    pub pdf: Option<PathBuf>,
    /// The canvas as SVG: the very picture the PNG is drawn from ("-" for standard output)
    #[arg(long, value_name = "OUT")]
    pub svg: Option<PathBuf>,
    /// JSON Canvas 1.0, for Obsidian and other canvas tools ("-" for standard output)
    #[arg(long, value_name = "OUT")]
    pub jsoncanvas: Option<PathBuf>,
    /// The initiatives as CSV, with the columns `stratmap import` reads; text a spreadsheet
    /// would run as a formula (starting with = + - @) gets a leading ' ("-" for standard output)
    #[arg(long, value_name = "OUT")]
    pub csv: Option<PathBuf>,
    /// PNG pixels per canvas unit: 1, 2, 3 or 4 (default 2)
    #[arg(long, allow_hyphen_values = true)]
    pub scale: Option<String>,
    /// PNG with a transparent background instead of white
    #[arg(long)]
    pub transparent: bool,
    /// PDF paper, used landscape: a4 or letter (default a4)
    #[arg(long, allow_hyphen_values = true)]
    pub page: Option<String>,
    /// Adds a PDF page of the changes since snapshot NAME (what moved, was added or removed)
    #[arg(long, value_name = "NAME", allow_hyphen_values = true)]
    pub compare: Option<String>,
}

/// An initiative id as typed on the command line.
pub fn parse_id(text: &str) -> Result<Uuid> {
    Uuid::parse_str(text.trim()).map_err(|_| Error::UnknownInitiative(text.to_string()))
}
