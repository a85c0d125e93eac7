// frame_clock.hpp — decides whether a frame must be drawn, so an idle viewer costs nothing.
#pragma once

namespace storylens::host {

// Input, resize or a new document "wakes" the viewer for a few frames (ImGui settles hover and
// layout over two or three frames); animations keep it awake.
class FrameClock {
public:
    void wake(int frames = 3) { if (frames > pending_) pending_ = frames; }
    bool should_draw(bool animating) {
        if (animating) return true;
        if (pending_ == 0) return false;
        --pending_;
        return true;
    }

private:
    int pending_ = 3;
};

}  // namespace storylens::host
