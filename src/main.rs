//! The `ascribe` command: a thin layer over the library.

mod cli;

// A document's model is many small vectors and strings made and dropped
// per article; mimalloc's thread-local free lists make that several times
// cheaper than the system allocator, and keep rayon's threads from
// contending on one heap. It is built without transparent huge pages
// (Cargo feature `no_thp`): with them, the kernel zeroed 2 MiB pages for
// sparsely used memory, and a 64 MB file spent as long in the kernel as
// in ascribe.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(cli::run());
}
