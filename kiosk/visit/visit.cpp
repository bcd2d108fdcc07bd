#include "kiosk/visit/visit.hpp"

#include "kiosk/visit/secure_wipe.hpp"

namespace foyer::visit {

void Visit::wipe(const std::string& defaultLanguage) {
  secureWipe(serviceId);
  language = defaultLanguage;
  number = 0;
}

}  // namespace foyer::visit
