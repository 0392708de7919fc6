#pragma once

namespace cairn {

/// Asks the C library's allocator to keep large freed blocks for reuse instead of handing each
/// back to the system at once. The MIP solver allocates and frees large arrays many times in one
/// solve; by default each then comes from a fresh mapping whose pages fault in again, which cost
/// a quarter to a third of the time of a 10,000-credential question (docs/performance.md).
/// Process-wide: call once, at the start of a program that plans. Does nothing where the C
/// library has no such setting.
void keepLargeAllocationsForReuse();

} // namespace cairn
