#pragma once

#include <QString>

namespace signalbox {

// The PostgreSQL login role of a Signalbox account on a team store. Role names are
// cluster-wide and at most 63 bytes; usernames are up to 150 characters and unique regardless
// of case. So: "sb_" + the case-folded name when that fits in 48 bytes of UTF-8 ("alice" →
// "sb_alice"); otherwise "sb_" + its first 40 bytes (whole characters) + "~" + 16 hex digits of
// the SHA-256 of the whole case-folded name. "~" is not allowed in usernames, so a short form
// can never equal a long one. The client computes it from the name a person types.
class MemberRole
{
public:
    static constexpr int MaxShortBytes = 48;
    static QString of(const QString &username);
};

} // namespace signalbox
