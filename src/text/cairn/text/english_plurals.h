#pragma once

class QCoreApplication;

namespace cairn::text {

/// Installs English's singulars for the texts that count with %n ("Imported %n credentials" reads
/// "Imported 1 credential"), for a program that speaks English only: the command line. Without
/// a translator Qt writes every count in the plural the code is written in. The app installs
/// them itself when the person's language has no translation. False when they could not be
/// loaded.
bool useEnglishPlurals(QCoreApplication& app);

} // namespace cairn::text
