package org.safepassage.corridor.web;

import java.util.List;

/** The line the checkpoint screen shows after an action, already in the screen's language; good news or not. */
record ScreenNotice(boolean ok, String text, List<String> reasons) {

    ScreenNotice {
        reasons = List.copyOf(reasons);
    }
}
