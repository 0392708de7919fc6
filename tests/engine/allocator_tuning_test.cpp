// keepLargeAllocationsForReuse(): large blocks come from the heap and are reused, rather than
// mapped afresh for each allocation (docs/performance.md, "Memory the solver reuses").

#include <cairn/engine/allocator_tuning.h>
#include <cstdlib>
#include <gtest/gtest.h>

// Under AddressSanitizer, malloc is the sanitizer's own allocator, which has no such settings.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CAIRN_SANITIZER_ALLOCATOR 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define CAIRN_SANITIZER_ALLOCATOR 1
#endif

#if defined(__GLIBC__) && !defined(CAIRN_SANITIZER_ALLOCATOR)
#include <malloc.h>

TEST(AllocatorTuning, ABlockOfSixteenMebibytesComesFromTheHeapNotAFreshMapping) {
    cairn::keepLargeAllocationsForReuse();
    constexpr std::size_t kSize = std::size_t{16} << 20; // above glibc's own threshold, whatever it grew to
    const std::size_t mappedBefore = mallinfo2().hblks;
    auto* volatile block = static_cast<char*>(std::malloc(kSize));
    ASSERT_NE(block, nullptr);
    block[0] = 1;
    block[kSize - 1] = 1;
    const std::size_t mappedDuring = mallinfo2().hblks;
    std::free(block);
    EXPECT_EQ(mappedDuring, mappedBefore) << "the block was mapped on its own, and its pages fault in afresh each time";
    // Freed, it stays with the process for the next one: the heap keeps up to 128 MiB free at its top.
    EXPECT_GE(mallinfo2().fordblks, kSize);
}
#endif
