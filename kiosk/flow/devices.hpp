#pragma once

namespace foyer::document {
class DocumentReader;
}

namespace foyer::photo {
class PhotoCamera;
}

namespace foyer::fingerprint {
class FingerprintScanner;
}

namespace foyer::payment {
class PaymentTerminal;
}

namespace foyer::printing {
class TicketPrinter;
}

namespace foyer::store {
class TicketBook;
}

namespace foyer::flow {

// The devices the flow's states may start and stop. Each may be missing (nullptr): a state then shows
// its device as out of order instead of waiting for it. Their reports come back as events.
struct Devices {
  document::DocumentReader* documentReader = nullptr;
  photo::PhotoCamera* photoCamera = nullptr;
  fingerprint::FingerprintScanner* fingerprintScanner = nullptr;
  payment::PaymentTerminal* paymentTerminal = nullptr;
  printing::TicketPrinter* printer = nullptr;
  store::TicketBook* tickets = nullptr;  // queue numbers and record references (not a device; kept durably)
};

}  // namespace foyer::flow
