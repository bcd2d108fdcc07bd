#pragma once
#include "screens/widgets/ui.hpp"

namespace foyer::screens::office {

void drawAttract(Ui& ui);
void drawLanguage(Ui& ui);
void drawService(Ui& ui);
void drawDocumentPlace(Ui& ui);
void drawDocumentProblem(Ui& ui);
void drawDocumentTyping(Ui& ui);
void drawDocumentCheck(Ui& ui);
void drawPhotoCapture(Ui& ui);
void drawPhotoResult(Ui& ui);
void drawPhotoProblem(Ui& ui);
void drawFingerprintCapture(Ui& ui);
void drawFingerprintProblem(Ui& ui);
void drawSignature(Ui& ui);
void drawSummary(Ui& ui);
void drawPayment(Ui& ui);
void drawPaymentProblem(Ui& ui);
void drawFinish(Ui& ui);
void drawDone(Ui& ui);
void drawPleaseWait(Ui& ui);

}  // namespace foyer::screens::office
