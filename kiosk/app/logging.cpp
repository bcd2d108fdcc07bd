#include "kiosk/app/logging.hpp"

#include <cstdlib>
#include <memory>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/sinks/systemd_sink.h>
#include <spdlog/spdlog.h>

namespace foyer::app {

void setUpLogging(bool verbose) {
  std::shared_ptr<spdlog::logger> logger;
  const char* journal = std::getenv("JOURNAL_STREAM");
  if (journal != nullptr && *journal != '\0') {
    auto sink = std::make_shared<spdlog::sinks::systemd_sink_mt>("foyer-kiosk");
    logger = std::make_shared<spdlog::logger>("foyer", sink);
  } else {
    logger = spdlog::stderr_color_mt("foyer");
  }
  logger->set_level(verbose ? spdlog::level::debug : spdlog::level::info);
  spdlog::set_default_logger(logger);
}

}  // namespace foyer::app
