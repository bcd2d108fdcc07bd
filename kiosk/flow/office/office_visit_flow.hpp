#pragma once
#include "kiosk/flow/flow_graph.hpp"

namespace foyer::flow::office {

// The office visit, declared in one place. Read this function to see the whole flow.
FlowGraph officeVisitFlow();

}  // namespace foyer::flow::office
