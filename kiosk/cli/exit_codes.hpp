#pragma once

namespace foyer::cli {

// foyerctl's exit codes, the same for every command (scripts and monitoring rely on them).
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 1;    // the check ran and something is wrong (invalid MRZ, a FAIL line)
inline constexpr int kExitBadInput = 2;  // the input or the command line is not usable

}  // namespace foyer::cli
