#pragma once
#include <opencv2/core.hpp>

#include "drivers/photo/face_landmarks.hpp"

namespace foyer::photo {

// What the landmarks say about a face, in frame pixels and degrees. Pure: no image needed.
struct FaceGeometry {
  cv::Point2f rightEye;       // centre of the subject's right eye (left in the frame)
  cv::Point2f leftEye;
  cv::Point2f eyeMidpoint;
  cv::Point2f chin;
  float interEyeDistance = 0;  // px
  float eyeToChin = 0;         // T of ISO/IEC 29794-5: eye midpoint to chin, px
  float faceHeight = 0;        // chin to estimated crown, px
  float crownY = 0;            // estimated top of the head (hair ignored), px
  float faceCentreX = 0;       // midpoint of eyes and mouth, px
  double rollDegrees = 0;      // eye line against horizontal; positive: the head leans to the subject's left
  double yawDegrees = 0;       // positive: the subject turns to their left
  double pitchDegrees = 0;     // positive: chin up
  float eyesOpen = 0;          // the smaller eye opening / T
  float mouthOpen = 0;         // inner-lip opening / T
};

// `frameSize` gives the camera model for the head pose (focal length = frame width).
FaceGeometry measureFace(const FaceLandmarks& face, cv::Size frameSize);

}  // namespace foyer::photo
