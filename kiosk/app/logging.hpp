#pragma once

namespace foyer::app {

// Logs go to journald with their priority when systemd started us (stderr is then connected to the journal,
// $JOURNAL_STREAM says so), otherwise to stderr. Nothing personal is ever logged: state names, visit numbers,
// device names and reasons only.
void setUpLogging(bool verbose);

}  // namespace foyer::app
