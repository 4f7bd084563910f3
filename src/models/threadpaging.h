#pragma once

namespace signalbox {

// How many root messages one page of a conversation holds. Shared by ThreadModel and ViewCache
// (which caches exactly the first page ThreadModel would load) without either including the other.
inline constexpr int ThreadPageSize = 50;

} // namespace signalbox
