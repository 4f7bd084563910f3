#pragma once

#include <QString>

namespace signalbox {

// Shortening text for a preview, in one place for the app, the models and the CLI.

// At most maxLength UTF-16 units: a text that is longer is cut (never inside a surrogate pair,
// trailing white space dropped) and ends in "…".
QString elided(const QString &text, qsizetype maxLength);

// One line: white space folded (line breaks included), then elided().
QString oneLinePreview(const QString &text, qsizetype maxLength);

} // namespace signalbox
