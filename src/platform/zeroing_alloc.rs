//! The page's memory allocator, zeroing every block as it is freed. Why: with the lock on, the diary is decrypted
//! into WebAssembly memory while it is open; locking, Hide and auto-lock drop it, but freed memory keeps its old
//! bytes until reused, so notes, triggers and medicines could still be read from the page's memory long after
//! (the trust review found each note 3–4 times). Zeroing on free means nothing the app has let go of stays
//! readable: the open diary, its rendered pages, every decrypted and decoded copy and every buffer passed to or
//! from JavaScript. What is still held on purpose (typing kept through a lock, see `state::kept_form`) stays.
//!
//! The cost is one `memset` per freed block (measured in the benchmark's save and load times).

use std::alloc::{GlobalAlloc, Layout, System};

/// [`System`] (dlmalloc on wasm), zeroing each block before it is freed or moved.
pub struct ZeroOnFree;

/// Zeroes `size` bytes at `ptr` in a way the optimiser cannot drop as a dead store before the free.
///
/// # Safety
/// `ptr` must be valid for writes of `size` bytes.
unsafe fn wipe(ptr: *mut u8, size: usize) {
    // SAFETY: the caller's promise.
    unsafe { std::ptr::write_bytes(ptr, 0, size) };
    // The zeroes must be written even though the block is freed next: black_box tells the compiler the memory
    // may still be read.
    std::hint::black_box(ptr);
}

// SAFETY: every method forwards to `System` with the same layouts; the only addition writes within blocks the
// caller still owns (before they are freed or moved).
unsafe impl GlobalAlloc for ZeroOnFree {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as ours.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as ours.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` is a live block of `layout.size()` bytes, about to be freed.
        unsafe {
            wipe(ptr, layout.size());
            System.dealloc(ptr, layout);
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // Never `System.realloc`: it may move the bytes and free the old block without zeroing it. A new block,
        // the bytes copied over, the old block wiped and freed.
        // SAFETY: `new_size` is non-zero and fits `layout.align()` (realloc's contract).
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        // SAFETY: as above.
        let new = unsafe { System.alloc(new_layout) };
        if !new.is_null() {
            // SAFETY: both blocks are live and distinct; the copy fits both.
            unsafe {
                std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
        }
        new
    }
}
