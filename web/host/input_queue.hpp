// input_queue.hpp — mouse buttons and keys reach ImGui one change a frame, in the order they happened. ImGui 1.86
// reads input as state once a frame (io.MousePos, io.MouseDown, io.KeysDown; the event queue behind
// io.AddMouseButtonEvent came in 1.87) and Emscripten's GLFW keeps only the last state, so within one slow frame a
// press and release (or a press, a release and a move away) reached ImGui as no click, or as a click elsewhere.
// The host records each change with the pointer's place at that moment and hands ImGui the oldest one per frame.
// Typed characters wait in the same queue while a change is pending: otherwise they overtook a queued key (a
// character typed after Backspace was erased by it; characters typed after Ctrl+F arrived before the search field
// had the keyboard and were dropped).
#pragma once
#include <imgui.h>

#include <array>
#include <cstdint>
#include <deque>

namespace storylens::host {

class InputQueue {
public:
    // Key codes of the two keys of each modifier (GLFW's, given by the host): ImGui's io.KeyCtrl etc. follow them.
    struct Modifiers {
        int ctrl[2], shift[2], alt[2], super[2];
    };
    explicit InputQueue(const Modifiers& modifiers) : modifiers_(modifiers) { held_.fill(-1); }

    // The pointer moved to (x, y). Only a move after a queued change is kept (the last of them): it must not
    // overtake the press or release before it.
    void pointer_moved(float x, float y) {
        if (steps_.empty()) return;  // nothing waits: the backend's own reading is right
        Step& last = steps_.back();
        if (last.kind == Step::Move) {
            last.x = x, last.y = y;
            return;
        }
        push({Step::Move, x, y, last.buttons, -1, false});
    }

    void button(float x, float y, int button, bool down) {
        if (button < 0 || button >= kButtons) return;
        uint8_t buttons = steps_.empty() ? given_buttons_ : steps_.back().buttons;
        const uint8_t bit = static_cast<uint8_t>(1u << button);
        buttons = down ? (buttons | bit) : (buttons & ~bit);
        push({Step::Button, x, y, buttons, -1, false});
    }

    // A key went down or up; the pointer stays where the step before left it.
    void key(int key, bool down, float x, float y) {
        if (key < 0 || key >= static_cast<int>(held_.size())) return;
        const uint8_t buttons = steps_.empty() ? given_buttons_ : steps_.back().buttons;
        push({Step::Key, x, y, buttons, key, down});
    }

    // A typed character (a Unicode code point): given to ImGui at once when nothing waits, else queued behind the
    // changes before it.
    void text(unsigned int codepoint, ImGuiIO& io) {
        if (codepoint == 0) return;
        if (steps_.empty()) {
            io.AddInputCharacter(codepoint);
            return;
        }
        const Step& last = steps_.back();
        push({Step::Char, last.x, last.y, last.buttons, static_cast<int>(codepoint), false});
    }

    bool empty() const { return steps_.empty(); }
    size_t size() const { return steps_.size(); }

    // After the backend's NewFrame, before ImGui::NewFrame: the oldest change over what the backend read.
    void apply(ImGuiIO& io) {
        if (steps_.empty()) {  // every change was given: GLFW's state and ImGui's agree again
            held_.fill(-1);
            given_buttons_ = 0;
            for (int b = 0; b < kButtons; ++b)
                if (io.MouseDown[b]) given_buttons_ = static_cast<uint8_t>(given_buttons_ | (1u << b));
            return;
        }
        const Step step = steps_.front();
        steps_.pop_front();
        io.MousePos = ImVec2(step.x, step.y);
        for (int b = 0; b < kButtons; ++b) io.MouseDown[b] = (step.buttons >> b) & 1u;
        given_buttons_ = step.buttons;
        if (step.kind == Step::Key) held_[static_cast<size_t>(step.key)] = step.down ? 1 : 0;
        if (step.kind == Step::Char) {  // characters in a row go together: only their order among keys matters
            io.AddInputCharacter(static_cast<unsigned int>(step.key));
            while (!steps_.empty() && steps_.front().kind == Step::Char) {
                io.AddInputCharacter(static_cast<unsigned int>(steps_.front().key));
                steps_.pop_front();
            }
        }
        // the backend wrote each key's last state as it came: keys still changing are held at what ImGui was given
        for (size_t k = 0; k < held_.size(); ++k)
            if (held_[k] >= 0) io.KeysDown[k] = held_[k] == 1;
        const auto either = [&io](const int (&keys)[2]) { return io.KeysDown[keys[0]] || io.KeysDown[keys[1]]; };
        io.KeyCtrl = either(modifiers_.ctrl);
        io.KeyShift = either(modifiers_.shift);
        io.KeyAlt = either(modifiers_.alt);
        io.KeySuper = either(modifiers_.super);
    }

private:
    static constexpr int kButtons = 5;  // ImGui's io.MouseDown
    // A long burst (a key held and repeating while the page stalls) is kept to its latest changes.
    static constexpr size_t kMaxSteps = 256;
    struct Step {
        enum Kind : uint8_t { Move, Button, Key, Char } kind;
        float x, y;
        uint8_t buttons;  // bit per button, after this step
        int key;  // a key code, or a Char step's code point
        bool down;
    };

    void push(const Step& step) {
        // the backend writes a key's new state at once: ImGui keeps the one before until this step's frame
        if (step.kind == Step::Key) {
            int8_t& held = held_[static_cast<size_t>(step.key)];
            if (held < 0) held = step.down ? 0 : 1;
        }
        if (steps_.size() >= kMaxSteps) steps_.pop_front();
        steps_.push_back(step);
    }

    Modifiers modifiers_;
    std::deque<Step> steps_;
    uint8_t given_buttons_ = 0;
    std::array<int8_t, 512> held_{};  // per key: -1 as the backend has it, else the state ImGui was given (io.KeysDown)
};

}  // namespace storylens::host
