#include "cairn/engine/allocator_tuning.h"

#include <cstdlib> // brings __GLIBC__ where the C library is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace cairn {

void keepLargeAllocationsForReuse() {
#if defined(__GLIBC__)
    // Blocks up to 32 MiB (the most glibc accepts) come from the heap and are reused; the heap
    // gives memory back once 128 MiB lie free at its top, so a finished plan does not hold on to
    // its peak for long.
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 128 << 20);
#endif
}

} // namespace cairn
