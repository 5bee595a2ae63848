//! Where a command's output goes: a file, or standard output.

use std::io::Write;
use std::path::Path;

use stratmap_core::{Error, Result};

/// Writes to the named file, or to standard output for "-".
pub(crate) fn emit(target: &Path, bytes: &[u8], out: &mut dyn Write) -> Result<()> {
    if target.as_os_str() == "-" {
        write(out, bytes)
    } else {
        stratmap_core::files::write_atomically(target, bytes)
    }
}

pub(crate) fn write(out: &mut dyn Write, bytes: &[u8]) -> Result<()> {
    out.write_all(bytes)
        .and_then(|()| out.flush())
        .map_err(|e| Error::io(Path::new("standard output"), &e))
}
