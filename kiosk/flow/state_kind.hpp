#pragma once

namespace foyer::flow {

enum class StateKind {
  Attract,  // no visit yet: the idle loop, waiting for a touch
  Step,     // part of a visit: Back/Cancel/Help, idle timeout, counts in the progress bar
  Final,    // the visit's end screen: no Back or Cancel, leaves by itself
  Cleanup,  // wipes and releases after every visit; runs without input and cannot be cancelled
};

}  // namespace foyer::flow
